// Three modes, chosen by the stdin JSON:
//   {"introspectionQuery": {...options}} -> {query}: the graphql-js introspection query text;
//   {"introspection": {...}}            -> {sdl}: printSchema(buildClientSchema(introspection)) (accepts {data:{__schema}} or {__schema});
//   {"sdl": "..."}                      -> {sdl}: printSchema(buildSchema(sdl)), the reference for SchemaPrinter.
// Failures are answered as {error} so the C# test can show graphql-js's reason.
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';
import { readStdinJson, writeJson } from './io.mjs';

const input = await readStdinJson();
try {
  if (input.introspectionQuery) {
    writeJson({ query: getIntrospectionQuery(input.introspectionQuery) });
  } else if (input.introspection) {
    const introspection = input.introspection.data ?? input.introspection;
    writeJson({ sdl: printSchema(buildClientSchema(introspection)) });
  } else {
    writeJson({ sdl: printSchema(buildSchema(input.sdl)) });
  }
} catch (error) {
  writeJson({ error: String(error.message ?? error) });
}
