import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { badInput } from './errors';

function flatten(errors: ValidationError[], parent = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

type Primitive = string | number | boolean | null | undefined;
type Snapshot = Record<string, Primitive>;

/** Inputs longer than this (bodies, long texts) are validated every time: they rarely repeat. */
const MAX_REMEMBERED_INPUT = 300;
const REMEMBERED_PER_CLASS = 500;

function isPrimitive(value: unknown): value is Primitive {
  const type = typeof value;
  // -0 would share JSON's "0" with 0 although the pipe gives each back as it came.
  return value === null || type === 'undefined' || type === 'string' || type === 'boolean' || (type === 'number' && !Object.is(value, -0));
}

/** The own properties of a flat object (primitives only), or null when it holds anything else. */
function flatSnapshot(value: object): Snapshot | null {
  const snapshot: Snapshot = {};
  for (const key of Object.keys(value)) {
    const property = (value as Record<string, unknown>)[key];
    if (!isPrimitive(property)) return null;
    snapshot[key] = property;
  }
  return snapshot;
}

/**
 * A key telling apart every flat plain input (names, order, absent, undefined and null values included),
 * or null when the input is not flat, not a plain object or too long to be worth remembering.
 */
function inputKey(value: unknown): string | null {
  if (value === undefined || value === null) return String(value);
  if (typeof value !== 'object') return null;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return null;
  let key = '{';
  for (const name of Object.keys(value)) {
    const property = (value as Record<string, unknown>)[name];
    // The pipe strips these before class-transformer sees them: left to it.
    if (name === '__proto__' || name === 'constructor' || name === 'prototype' || !isPrimitive(property)) return null;
    key += `${JSON.stringify(name)}:${property === undefined ? 'u' : JSON.stringify(property)},`;
    if (key.length > MAX_REMEMBERED_INPUT) return null;
  }
  return key;
}

/**
 * The global ValidationPipe (class-transformer then class-validator) with a memory of the flat inputs it
 * has already accepted. Signed-in reads send the same few arguments on every request (`first: 20`, an
 * absent filter), and class-validator's run over them (metadata lookup over every registered class,
 * then each constraint) was 3–4.5% of a signed-in list's CPU. Every constraint and `@Transform` here is a
 * pure function of the value, so an input of only primitives that passed once passes again with the same
 * result: it is answered with a fresh instance holding that result. Everything else (nested inputs,
 * arrays, dates, long texts, refused inputs) goes through the pipe every time, so errors are unchanged.
 */
class RememberingValidationPipe extends ValidationPipe {
  private readonly accepted = new WeakMap<object, LRUCache<string, Snapshot>>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    const key = metadata.type === 'body' && typeof metatype === 'function' && this.toValidate(metadata) ? inputKey(value) : null;
    if (key === null) return super.transform(value, metadata);
    let remembered = this.accepted.get(metatype!);
    const known = remembered?.get(key);
    if (known) return Object.assign(new (metatype as new () => object)(), known);
    const result = await super.transform(value, metadata);
    if (result instanceof metatype! && result.constructor === metatype) {
      const snapshot = flatSnapshot(result);
      if (snapshot) {
        if (!remembered) this.accepted.set(metatype!, (remembered = new LRUCache({ max: REMEMBERED_PER_CLASS })));
        remembered.set(key, snapshot);
      }
    }
    return result;
  }
}

/** Validates GraphQL inputs with class-validator; failures are BAD_USER_INPUT naming each field. */
export function createValidationPipe(): ValidationPipe {
  return new RememberingValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return badInput(problems.map((problem) => problem.message).join('; ') || 'Invalid input', { fields: problems });
    },
  });
}
