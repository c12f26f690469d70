// stdin {sdl, requests:[{document, variables, operationName, rootValue}]} -> stdout {results:[ExecutionResult JSON]}
// (a single request object without "requests" is accepted too and answered with one result).
// Resolvers: graphql-js default field resolver over the JSON root value; abstract types resolve through `__typename`
// in the data (graphql-js defaultTypeResolver). Convention shared with the C# side: every field whose name starts
// with "fails" throws an error whose message is `<Type>.<field> failed`; every field whose name starts with "echo"
// returns its coerced arguments as JSON text with object keys sorted (to compare argument and variable coercion).
import { buildSchema, execute, GraphQLError, isObjectType, parse, validate } from 'graphql';
import { errorToJson, parseOptions, readStdinJson, writeJson } from './io.mjs';

const input = await readStdinJson();
const schema = buildSchema(input.sdl);
for (const type of Object.values(schema.getTypeMap())) {
  if (!isObjectType(type) || type.name.startsWith('__')) {
    continue;
  }
  for (const field of Object.values(type.getFields())) {
    if (field.name.startsWith('fails')) {
      field.resolve = () => {
        throw new Error(`${type.name}.${field.name} failed`);
      };
    } else if (field.name.startsWith('echo')) {
      field.resolve = (_source, args) => JSON.stringify(sortKeys(args));
    }
  }
}

function sortKeys(value) {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
  }
  return value;
}

// Same request pipeline as a GraphQL service (spec §6): parse, validate, then execute.
async function run(request) {
  let document;
  try {
    document = parse(request.document, parseOptions);
  } catch (error) {
    if (error instanceof GraphQLError) {
      return { errors: [errorToJson(error)] };
    }
    throw error;
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    return { errors: validationErrors.map(errorToJson) };
  }
  const result = await execute({
    schema,
    document,
    rootValue: request.rootValue ?? {},
    variableValues: request.variables ?? undefined,
    operationName: request.operationName ?? undefined,
  });
  const json = {};
  if (result.errors) {
    json.errors = result.errors.map(errorToJson);
  }
  if ('data' in result) {
    json.data = result.data;
  }
  return json;
}

if (Array.isArray(input.requests)) {
  const results = [];
  for (const request of input.requests) {
    results.push(await run(request));
  }
  writeJson({ results });
} else {
  writeJson(await run(input));
}
