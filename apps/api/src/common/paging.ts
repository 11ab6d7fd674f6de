import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Every paged list in the API takes the same `page` and `pageSize` (README, "Performance"). */
export const MAX_PAGE = 10_000;
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/** `page`: a whole number from 1 to MAX_PAGE, optional; 400 naming it otherwise. */
export const PageNumber = (description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1, maximum: MAX_PAGE, description }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(MAX_PAGE),
  );

/** `pageSize`: a whole number from 1 to MAX_PAGE_SIZE, optional (DEFAULT_PAGE_SIZE); 400 naming it otherwise. */
export const PageSize = (description?: string) =>
  applyDecorators(
    ApiPropertyOptional({
      type: 'integer',
      default: DEFAULT_PAGE_SIZE,
      minimum: 1,
      maximum: MAX_PAGE_SIZE,
      description,
    }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(MAX_PAGE_SIZE),
  );

/**
 * How many rows a list query matches, for its `total`: COUNT(*) of the query without its selects
 * and order. For queries that yield one row per entity (no join multiplies them); TypeORM's
 * getCount counts DISTINCT ids, which sorts every match first (~2 ms of ~12 for 4,000 open tasks).
 */
export async function countRows(qb: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const row = await qb.clone().select('COUNT(*)', 'n').orderBy().getRawOne<{ n: string }>();
  return Number(row?.n ?? 0);
}
