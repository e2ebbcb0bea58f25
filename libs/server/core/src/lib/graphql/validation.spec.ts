import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ErrorCode } from '@palabre/contracts';
import { createValidationPipe } from './validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

class PageLike {
  @IsOptional() @IsInt() @Min(0) @Max(100) first?: number;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(5) tag?: string;
}

class Nested {
  @ValidateNested() @Type(() => PageLike) page!: PageLike;
}

const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype, data: undefined });
/** The pipe as Nest ships it, with the same options: what the remembering pipe must answer like. */
const plainPipe = () => new ValidationPipe({ transform: true, forbidUnknownValues: false });

describe('the validation pipe', () => {
  it('answers repeated flat inputs exactly as the plain pipe does, each time with a fresh instance', async () => {
    const pipe = createValidationPipe();
    const inputs: unknown[] = [{ first: 20 }, { first: 20 }, undefined, undefined, null, { tag: ' ab ' }, { tag: ' ab ' }, { first: 3, tag: undefined }, { first: 3 }, Object.assign(Object.create(null), { first: 7 })];
    const seen = new Set<unknown>();
    for (const input of inputs) {
      const expected = await plainPipe().transform(input, body(PageLike));
      const answered = await pipe.transform(input, body(PageLike));
      expect(answered).toBeInstanceOf(PageLike);
      expect(answered).toStrictEqual(expected);
      expect(Object.keys(answered as object)).toEqual(Object.keys(expected as object));
      expect(seen.has(answered)).toBe(false);
      seen.add(answered);
    }
  });

  it('refuses an invalid input every time, with BAD_USER_INPUT naming the field', async () => {
    const pipe = createValidationPipe();
    await expect(pipe.transform({ first: 20 }, body(PageLike))).resolves.toBeInstanceOf(PageLike);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await expect(pipe.transform({ first: 101 }, body(PageLike))).rejects.toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [expect.objectContaining({ field: 'first' })] } });
      await expect(pipe.transform({ tag: 'far too long' }, body(PageLike))).rejects.toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT } });
    }
  });

  it('does not take one value for another: -0, null and absent fields, other classes', async () => {
    const pipe = createValidationPipe();
    expect(Object.is(((await pipe.transform({ first: 0 }, body(PageLike))) as PageLike).first, 0)).toBe(true);
    expect(Object.is(((await pipe.transform({ first: -0 }, body(PageLike))) as PageLike).first, -0)).toBe(true);
    expect(await pipe.transform({ tag: null }, body(PageLike))).toStrictEqual(Object.assign(new PageLike(), { tag: null }));
    expect(await pipe.transform({}, body(PageLike))).toStrictEqual(new PageLike());
    await expect(pipe.transform({ first: 20 }, body(Nested))).resolves.toBeInstanceOf(Nested);
  });

  it('validates nested inputs every time (they are never remembered)', async () => {
    const pipe = createValidationPipe();
    const valid = { page: { first: 1 } };
    const first = (await pipe.transform(valid, body(Nested))) as Nested;
    const second = (await pipe.transform(valid, body(Nested))) as Nested;
    expect(first.page).toBeInstanceOf(PageLike);
    expect(second.page).not.toBe(first.page);
    await expect(pipe.transform({ page: { first: 500 } }, body(Nested))).rejects.toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT } });
  });
});
