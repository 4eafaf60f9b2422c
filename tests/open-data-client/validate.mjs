// Usage: node validate.mjs <directory>
// The directory holds datapackage.json as the API served it and each resource's CSV as <name>.csv. Prints one JSON
// object: { valid, errors: [...], rows: { <resource>: <count> } }. Exit code 0 when valid, 1 otherwise.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import datapackage from 'datapackage';

const { Package, validate } = datapackage;
const directory = path.resolve(process.argv[2] ?? '.');
// datapackage-js opens a foreign key's referenced resource relative to the working directory, not the base path.
process.chdir(directory);
const served = JSON.parse(await readFile(path.join(directory, 'datapackage.json'), 'utf8'));
const result = { valid: true, errors: [], rows: {} };
const fail = (where, error) => {
  result.valid = false;
  const details = error?.errors?.length ? error.errors.map((e) => e.message ?? String(e)) : [error?.message ?? String(error)];
  for (const detail of details) result.errors.push(`${where}: ${detail}`);
};

// 1. The descriptor as served, against the Tabular Data Package profile (and each resource's table schema).
const profile = await validate(served);
if (!profile.valid) profile.errors.forEach((e) => fail('descriptor', e));

// 2. The files: the same descriptor with each resource's URL replaced by the file the test downloaded.
// The CSV files start with a UTF-8 byte-order mark (for spreadsheet programs). frictionless-py and R's frictionless
// skip it; datapackage-js reads it as part of the first header, so it is removed here, and only here.
const local = structuredClone(served);
for (const resource of local.resources) {
  resource.path = `${resource.name}.csv`;
  const text = await readFile(path.join(directory, resource.path), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) await writeFile(path.join(directory, resource.path), text.slice(1), 'utf8');
}
try {
  const pkg = await Package.load(local, directory);
  if (!pkg.valid) pkg.errors.forEach((e) => fail('package', e));
  for (const resource of pkg.resources) {
    try {
      // cast: every value against its field's type; relations: every foreign key must resolve (a missing one throws).
      const rows = await resource.read({ keyed: true, cast: true, relations: true });
      result.rows[resource.name] = rows.length;
    } catch (error) {
      fail(resource.name, error);
    }
  }
} catch (error) {
  fail('load', error);
}

console.log(JSON.stringify(result));
process.exit(result.valid ? 0 : 1);
