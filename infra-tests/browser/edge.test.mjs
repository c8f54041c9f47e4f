// The CloudFront viewer-request function, exactly as template.yaml deploys it, against the table of
// cases that make run's server (EdgeRequest.java) is tested against too. No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const table = JSON.parse(readFileSync(new URL('web/edge/viewer-request-cases.json', root), 'utf8'));

function deployedFunction() {
  const lines = readFileSync(new URL('template.yaml', root), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^\s+FunctionCode: \|$/.test(l));
  assert.ok(start > 0, 'template.yaml has the function code');
  const indent = lines[start + 1].match(/^\s*/)[0].length;
  const body = [];
  for (let i = start + 1; i < lines.length && (lines[i].trim() === '' || lines[i].match(/^\s*/)[0].length >= indent); i++) {
    body.push(lines[i].slice(indent));
  }
  return new Function(body.join('\n') + '\nreturn handler;')();
}

// CloudFront hands the function the query string as an object of (still encoded) values.
function querystring(raw) {
  const qs = {};
  for (const part of raw ? raw.split('&') : []) {
    const [name, ...rest] = part.split('=');
    const value = { value: rest.join('=') };
    if (qs[name]) qs[name].multiValue = [...(qs[name].multiValue || [qs[name]]), value];
    else qs[name] = value;
  }
  return qs;
}

const handler = deployedFunction();
for (const c of table.cases) {
  test(`CloudFront function: ${c.uri}${c.query ? '?' + c.query : ''}`, () => {
    const out = handler({ request: { method: 'GET', uri: c.uri, querystring: querystring(c.query), headers: {}, cookies: {} } });
    if (c.serve) {
      assert.equal(out.statusCode, undefined);
      assert.equal(out.uri, c.serve);
    } else {
      assert.equal(out.statusCode, c.status);
      assert.equal(out.headers?.location?.value, c.location);
    }
  });
}
