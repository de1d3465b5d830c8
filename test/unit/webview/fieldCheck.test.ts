// The message under a wizard field: an optional field left empty is fine,
// a required one is not, and a wrong value says what to write either way.
import { strict as assert } from 'node:assert';
import { Field, Resource, Route } from '../../../src/core/model';
import { fieldError } from '../../../webview/fieldCheck';

describe('webview field check', () => {
  it('shows nothing under an empty or blank optional field (request, response schema, constraints)', () => {
    for (const value of ['', '  ']) {
      assert.equal(fieldError(Route.shape.requestSchema, value, true), '');
      assert.equal(fieldError(Field.shape.constraints, value, true), '');
    }
  });

  it('still says what to write for a wrong value in an optional field', () => {
    assert.match(fieldError(Route.shape.requestSchema, 'Task Read!', true), /^Write a type such as/);
  });

  it('says what to write under an empty required field', () => {
    assert.match(fieldError(Route.shape.purpose, '', false), /^Write a one-line purpose/);
    assert.match(fieldError(Resource.shape.name, '', false), /^Write a lower-case plural name/);
    assert.equal(fieldError(Resource.shape.name, 'tasks', false), '');
  });
});
