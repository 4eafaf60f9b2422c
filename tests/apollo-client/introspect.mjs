// Runs graphql-js's introspection query with every option of the current specification against the API and builds
// a client schema from the answer, as code generators do. Prints one JSON line: what the built schema holds, or the
// errors. Usage: node introspect.mjs <http://host:port/graphql>
import { buildClientSchema, getIntrospectionQuery, isScalarType } from "graphql";

const url = process.argv[2];
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const response = await fetch(url, {
  method: "POST",
  headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
  body: JSON.stringify({ query }),
});
const body = await response.json();
if (body.errors?.length || !body.data) {
  console.log(JSON.stringify({ status: response.status, errors: body.errors ?? [] }));
  process.exit(1);
}

const schema = buildClientSchema(body.data);
const specifiedBy = {};
for (const type of Object.values(schema.getTypeMap())) {
  if (isScalarType(type) && type.specifiedByURL) {
    specifiedBy[type.name] = type.specifiedByURL;
  }
}

console.log(JSON.stringify({
  status: response.status,
  description: schema.description ?? null,
  specifiedBy,
  directives: schema.getDirectives().map((d) => ({ name: d.name, isRepeatable: d.isRepeatable })),
  cost: body.extensions?.cost ?? null,
}));
