// Shared reads: the years with titles, and the titles of a year (the list and the map send the same operation with the
// same variables, so the second view is answered from urql's cache, and a repeat visit from the HTTP cache).
import { client } from "./client";
import { TitlesQuery, YearsQuery } from "./operations";
import type { AwardFilter, PortalTitlesQuery, TitleLevel } from "./gql/graphql";

export type Title = PortalTitlesQuery["awards"]["nodes"][number];

export async function years(): Promise<{ years: number[]; latest: number | undefined }> {
  const result = await client.query(YearsQuery, {}).toPromise();
  if (result.error) throw result.error;
  const all = [...new Set(result.data!.statistics.awardCounts.map((c) => c.group.year).filter((y): y is number => typeof y === "number"))].sort((a, b) => b - a);
  return { years: all, latest: all[0] };
}

export async function titles(year: number | undefined, level: TitleLevel | undefined, search: string | undefined): Promise<PortalTitlesQuery["awards"]> {
  const where: AwardFilter = {};
  if (year !== undefined) where.year = { eq: year };
  if (level) where.level = { eq: level };
  if (search) where.name = { contains: search };
  const result = await client.query(TitlesQuery, { where }).toPromise();
  if (result.error) throw result.error;
  return result.data!.awards;
}

export const isLevel = (value: string | null): value is TitleLevel => value === "CITY" || value === "DISTRICT";
