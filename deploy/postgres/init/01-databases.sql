-- One database per service: each agency's service owns its data; nothing is shared through the database.
CREATE DATABASE schema_registry;
