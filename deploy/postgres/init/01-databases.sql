-- One database per service: each agency's service owns its data; nothing is shared through the database.
CREATE DATABASE schema_registry;
CREATE DATABASE police_service;
CREATE DATABASE cps_service;
CREATE DATABASE isva_service;
CREATE DATABASE audit_service;
CREATE DATABASE timeliness_service;
