#!/usr/bin/env node
// Drives Confluent's official JavaScript Schema Registry client and Avro serde against our registry, so that the
// Java side can check both directions of the wire format. Prints one JSON object on stdout; on failure prints the
// error on stderr and exits 1.
//
//   node confluent-interop.js serialize   <registryUrl> <topic> <schemaJson> <recordJson>
//   node confluent-interop.js deserialize <registryUrl> <topic> <hex>
//   node confluent-interop.js registry    <registryUrl> <subject> <schemaJson> <compatibleJson> <incompatibleJson>
//   node confluent-interop.js register-all <registryUrl>   (stdin: [{"subject": ..., "schema": ...}, ...])
//   node confluent-interop.js reencode     <registryUrl> <topic> (stdin: [{"subject": ..., "hex": ...}, ...])
'use strict';

const {
  SchemaRegistryClient, AvroSerializer, AvroDeserializer, SerdeType, SubjectNameStrategyType,
} = require('@confluentinc/schemaregistry');

function clientFor(registryUrl) {
  return new SchemaRegistryClient({ baseURLs: registryUrl.split(','), maxRetries: 0 });
}

function fullName(schema) {
  return schema.name.includes('.') || !schema.namespace ? schema.name : `${schema.namespace}.${schema.name}`;
}

// TopicRecordNameStrategy: <topic>-<record full name>, as the platform registers every event.
function topicRecordSubject(topic, schema) {
  return `${topic}-${fullName(schema)}`;
}

async function serialize([registryUrl, topic, schemaJson, recordJson]) {
  const client = clientFor(registryUrl);
  const schema = JSON.parse(schemaJson);
  const subject = topicRecordSubject(topic, schema);
  const id = await client.register(subject, { schemaType: 'AVRO', schema: schemaJson });
  const serializer = new AvroSerializer(client, SerdeType.VALUE, {
    autoRegisterSchemas: false,
    useLatestVersion: true,
    subjectNameStrategy: () => subject,
  });
  const bytes = await serializer.serialize(topic, JSON.parse(recordJson));
  return { subject, id, hex: bytes.toString('hex') };
}

async function deserialize([registryUrl, topic, hex]) {
  const deserializer = new AvroDeserializer(clientFor(registryUrl), SerdeType.VALUE, {
    subjectNameStrategyType: SubjectNameStrategyType.TOPIC_RECORD,
  });
  const record = await deserializer.deserialize(topic, Buffer.from(hex, 'hex'));
  return { record };
}

async function registry([registryUrl, subject, schemaJson, compatibleJson, incompatibleJson]) {
  const client = clientFor(registryUrl);
  const avro = (text) => ({ schemaType: 'AVRO', schema: text });
  const id = await client.register(subject, avro(schemaJson));
  const lookedUpId = await client.getId(subject, avro(schemaJson));
  const byId = await client.getBySubjectAndId(subject, id);
  const latest = await client.getLatestSchemaMetadata(subject);
  const compatible = await client.testSubjectCompatibility(subject, avro(compatibleJson));
  const incompatible = await client.testSubjectCompatibility(subject, avro(incompatibleJson));
  const updatedConfig = await client.updateConfig(subject, { compatibilityLevel: 'FULL' });
  const config = await client.getConfig(subject);
  const versions = await client.getAllVersions(subject);
  const subjects = await client.getAllSubjects();
  let unknownSubject;
  try {
    await client.getLatestSchemaMetadata(`${subject}-never-registered`);
    unknownSubject = { status: 'found' };
  } catch (e) {
    unknownSubject = { status: e.status, errorCode: e.errorCode, message: e.message };
  }
  return {
    id,
    lookedUpId,
    byIdSchema: byId.schema,
    latest: { subject: latest.subject, id: latest.id, version: latest.version },
    compatible,
    incompatible,
    updatedConfig,
    config,
    versions,
    subjectListed: subjects.includes(subject),
    unknownSubject,
  };
}

// Registers every schema given on stdin and builds their Avro type from it, as their serializer would.
async function registerAll([registryUrl]) {
  const client = clientFor(registryUrl);
  const serializer = new AvroSerializer(client, SerdeType.VALUE, { autoRegisterSchemas: false, useLatestVersion: true });
  const entries = JSON.parse(await readStdin());
  const registered = [];
  for (const { subject, schema } of entries) {
    const info = { schemaType: 'AVRO', schema };
    const id = await client.register(subject, info);
    const [type] = await serializer.toType(info);
    registered.push({ subject, id, typeName: type.name });
  }
  return { registered };
}

// Decodes each record with their deserializer and writes it again with their serializer under the same subject:
// identical bytes mean their reading of every field agreed with our writing of it.
async function reencode([registryUrl, topic]) {
  const client = clientFor(registryUrl);
  const deserializer = new AvroDeserializer(client, SerdeType.VALUE, {
    subjectNameStrategyType: SubjectNameStrategyType.TOPIC_RECORD,
  });
  const entries = JSON.parse(await readStdin());
  const rewritten = [];
  for (const { subject, hex } of entries) {
    const record = await deserializer.deserialize(topic, Buffer.from(hex, 'hex'));
    const serializer = new AvroSerializer(client, SerdeType.VALUE, {
      autoRegisterSchemas: false,
      useLatestVersion: true,
      subjectNameStrategy: () => subject,
    });
    const bytes = await serializer.serialize(topic, record);
    rewritten.push({ subject, hex: bytes.toString('hex') });
  }
  return { rewritten };
}

function readStdin() {
  return new Promise((resolve, reject) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => { text += chunk; });
    process.stdin.on('end', () => resolve(text));
    process.stdin.on('error', reject);
  });
}

const commands = { serialize, deserialize, registry, 'register-all': registerAll, reencode };

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const run = commands[command];
  if (!run) {
    throw new Error(`unknown command '${command}': expected one of ${Object.keys(commands).join(', ')}`);
  }
  process.stdout.write(`${JSON.stringify(await run(args))}\n`);
}

main().catch((error) => {
  const detail = error && error.errorCode ? ` (HTTP ${error.status}, error code ${error.errorCode})` : '';
  process.stderr.write(`${error && error.stack ? error.stack : error}${detail}\n`);
  process.exit(1);
});
