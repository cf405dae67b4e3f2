import * as assert from 'node:assert/strict';
import { checkSetting } from '../../src/core/settings/schema';

suite('settings: values checked against their schema', () => {
  test('types, ranges and enums', () => {
    assert.equal(checkSetting({ type: 'number', minimum: 0.7, maximum: 0.99 }, 0.9), undefined);
    assert.equal(checkSetting({ type: 'number', minimum: 0.7, maximum: 0.99 }, 1.5), 'value: above 0.99');
    assert.equal(checkSetting({ type: 'number', minimum: 0.7 }, 0.5), 'value: below 0.7');
    assert.equal(checkSetting({ type: 'number' }, '0.9'), 'value: string instead of number');
    assert.equal(checkSetting({ type: 'integer' }, 2.5), 'value: number instead of integer');
    assert.equal(checkSetting({ type: 'number' }, 3), undefined, 'an integer is a number');
    assert.equal(checkSetting({ type: 'boolean' }, null), 'value: null instead of boolean');
    assert.equal(checkSetting({ type: ['string', 'null'] }, null), undefined);
    assert.equal(checkSetting({ enum: ['all', 'questions'] }, 'terms'), 'value: not one of "all", "questions"');
  });

  test('arrays and objects, with the path of the bad part', () => {
    const steps = { type: 'array', items: { type: 'string' } };
    assert.equal(checkSetting(steps, ['10m', '1h']), undefined);
    assert.equal(checkSetting(steps, ['10m', 5]), '[1]: integer instead of string');
    const macros = { type: 'object', additionalProperties: { type: 'string' } };
    assert.equal(checkSetting(macros, { '\\RR': '\\mathbb{R}' }), undefined);
    assert.equal(checkSetting(macros, { '\\RR': 1 }), '.\\RR: integer instead of string');
    assert.equal(checkSetting(macros, []), 'value: array instead of object');
    const patterns = { type: 'array', items: { type: 'object', required: ['regex'], properties: { regex: { type: 'string' } } } };
    assert.equal(checkSetting(patterns, [{ name: 'x' }]), '[0]: "regex" is missing');
    assert.equal(checkSetting({ type: 'object', properties: {}, additionalProperties: false }, { a: 1 }), 'value: unknown property "a"');
  });
});
