// stdin {sdl, documents:[string]} -> stdout {results:[{valid, syntaxError, errors:[{message, locations}]}]}
// graphql-js parse + validate with the specified rules (GraphQL spec §5), the reference for DocumentValidator.
import { buildSchema, GraphQLError, parse, validate } from 'graphql';
import { errorToJson, parseOptions, readStdinJson, writeJson } from './io.mjs';

const input = await readStdinJson();
const schema = buildSchema(input.sdl);
const results = input.documents.map((source) => {
  let document;
  try {
    document = parse(source, parseOptions);
  } catch (error) {
    if (!(error instanceof GraphQLError)) {
      throw error;
    }
    return { valid: false, syntaxError: true, errors: [errorToJson(error)] };
  }
  const errors = validate(schema, document);
  return { valid: errors.length === 0, syntaxError: false, errors: errors.map(errorToJson) };
});
writeJson({ results });
