// A small validator for the subset of JSON Schema 2020-12 that pricing/catalog.schema.json uses
// (type, required, properties, additionalProperties, items, enum, const, minimum, maximum,
// exclusiveMinimum, minLength, pattern, anyOf, not, if/then/else, local $ref). Keeping the rules in the
// schema file and interpreting them here means the editor's validation and ours cannot drift apart.
import { pointerSegment } from './jsonLines';

export interface Schema {
  $ref?: string;
  type?: string | string[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  pattern?: string;
  anyOf?: Schema[];
  not?: Schema;
  if?: Schema;
  then?: Schema;
  else?: Schema;
  $defs?: Record<string, Schema>;
  [other: string]: unknown;
}

export interface SchemaError {
  pointer: string;
  message: string;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  if (type === 'number') return actual === 'number' || actual === 'integer';
  return actual === type;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? text.slice(0, 37) + '...' : text;
}

export class SchemaChecker {
  // Validation runs on every catalog load (1,000+ models): compile patterns and resolve refs once.
  private readonly refs = new Map<string, Schema>();
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly root: Schema) {}

  /** Errors of `value` against the schema at `ref` ('#' or '#/$defs/name'). */
  check(value: unknown, ref = '#'): SchemaError[] {
    const errors: SchemaError[] = [];
    this.visit(value, this.resolve(ref), '', errors);
    return errors;
  }

  private resolve(ref: string): Schema {
    if (ref === '#') return this.root;
    const cached = this.refs.get(ref);
    if (cached) return cached;
    const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const target = match ? this.root.$defs?.[match[1]] : undefined;
    if (!target) throw new Error(`schema reference not supported: ${ref}`);
    this.refs.set(ref, target);
    return target;
  }

  private pattern(source: string): RegExp {
    let re = this.patterns.get(source);
    if (!re) this.patterns.set(source, (re = new RegExp(source)));
    return re;
  }

  private visit(value: unknown, schema: Schema, pointer: string, errors: SchemaError[]): void {
    const fail = (message: string, at = pointer) => errors.push({ pointer: at, message });
    if (schema.$ref) this.visit(value, this.resolve(schema.$ref), pointer, errors);
    if (schema.if) {
      const branch = this.check2(value, schema.if) ? schema.then : schema.else;
      if (branch) this.visit(value, branch, pointer, errors);
    }
    if (schema.anyOf && !schema.anyOf.some(s => this.check2(value, s))) {
      fail(`${describe(value)} matches none of the allowed forms`);
      return;
    }
    if (schema.not && this.check2(value, schema.not)) fail(`${describe(value)} has a form that is not allowed here`);
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some(t => typeMatches(value, t))) {
        fail(`expected ${types.join(' or ')}, got ${typeOf(value)} ${describe(value)}`);
        return;
      }
    }
    if (schema.const !== undefined && value !== schema.const) fail(`must be ${describe(schema.const)}, got ${describe(value)}`);
    if (schema.enum && !schema.enum.includes(value)) fail(`must be one of ${schema.enum.map(describe).join(', ')}; got ${describe(value)}`);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) fail(`must be a finite number, got ${value}`);
      if (schema.minimum !== undefined && value < schema.minimum) fail(`must be >= ${schema.minimum}, got ${value}`);
      if (schema.maximum !== undefined && value > schema.maximum) fail(`must be <= ${schema.maximum}, got ${value}`);
      if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) fail(`must be > ${schema.exclusiveMinimum}, got ${value}`);
    }
    if (typeof value === 'string') {
      if (schema.minLength !== undefined && value.length < schema.minLength) fail(`must not be empty`);
      if (schema.pattern !== undefined && !this.pattern(schema.pattern).test(value)) fail(`${describe(value)} does not match ${schema.pattern}`);
    }
    if (Array.isArray(value) && schema.items) {
      value.forEach((item, index) => this.visit(item, schema.items as Schema, `${pointer}/${index}`, errors));
    }
    if (typeOf(value) === 'object') {
      const object = value as Record<string, unknown>;
      for (const name of schema.required ?? []) {
        if (!(name in object)) fail(`missing required field "${name}"`);
      }
      for (const [name, child] of Object.entries(object)) {
        const childPointer = `${pointer}/${pointerSegment(name)}`;
        const propertySchema = schema.properties?.[name];
        if (propertySchema) this.visit(child, propertySchema, childPointer, errors);
        else if (schema.additionalProperties === false) fail(`unknown field "${name}"`, childPointer);
        else if (typeof schema.additionalProperties === 'object') this.visit(child, schema.additionalProperties, childPointer, errors);
      }
    }
  }

  private check2(value: unknown, schema: Schema): boolean {
    const errors: SchemaError[] = [];
    this.visit(value, schema, '', errors);
    return errors.length === 0;
  }
}
