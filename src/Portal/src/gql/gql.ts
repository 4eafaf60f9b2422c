/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PortalYears {\n    statistics {\n      awardCounts(groupBy: [YEAR, LEVEL]) {\n        group { year level }\n        count\n      }\n    }\n  }\n": typeof types.PortalYearsDocument,
    "\n  query PortalTitles($where: AwardFilter!) {\n    awards(first: 100, where: $where, orderBy: [{ field: YEAR, direction: DESC }, { field: NAME }]) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes {\n        id\n        level\n        year\n        score\n        revocation { revokedOn }\n        districtAtAward { code name { zh en } }\n        community {\n          code\n          name { zh en }\n          location { latitude longitude }\n        }\n      }\n    }\n  }\n": typeof types.PortalTitlesDocument,
    "\n  query PortalCommunity($code: String!) {\n    community(code: $code) {\n      code\n      name { zh en }\n      kind\n      gated\n      coBuiltWith\n      commercialEstate\n      households\n      occupancyRate\n      street { name { zh en } }\n      district { code name { zh en } }\n      awards(first: 50) {\n        nodes {\n          id\n          level\n          year\n          score\n          awardedOn\n          validUntil\n          revocation { revokedOn reason }\n          districtAtAward { code name { zh en } former }\n        }\n      }\n      observations(first: 100) {\n        nodes {\n          year\n          value\n          indicator { code name { zh en } unit }\n        }\n      }\n      sample\n    }\n  }\n": typeof types.PortalCommunityDocument,
    "\n  query PortalPublicity {\n    publicityNotices(first: 20) {\n      nodes {\n        id\n        title { zh en }\n        openedOn\n        objectionDeadline\n        open\n        candidates {\n          id\n          code\n          name { zh en }\n          district { name { zh en } }\n        }\n      }\n    }\n  }\n": typeof types.PortalPublicityDocument,
    "\n  mutation PortalFileObjection($input: FileObjectionInput!) {\n    fileObjection(input: $input) {\n      receipt { reference filedAt }\n      errors {\n        __typename\n        ... on Error { code message field }\n      }\n    }\n  }\n": typeof types.PortalFileObjectionDocument,
    "\n  query PortalOpenData {\n    dataset {\n      licence { id name url attribution }\n      latestEdition { number publishedAt contentHash }\n      downloads { dataset format url }\n      dictionaryUrl\n      feedUrl\n      dictionary {\n        name\n        description\n        versioned\n        columns { name type description }\n      }\n      indicators { code name { zh en } unit description }\n    }\n    editions(first: 20) {\n      nodes { number publishedAt reason contentHash awardCount observationCount }\n    }\n  }\n": typeof types.PortalOpenDataDocument,
};
const documents: Documents = {
    "\n  query PortalYears {\n    statistics {\n      awardCounts(groupBy: [YEAR, LEVEL]) {\n        group { year level }\n        count\n      }\n    }\n  }\n": types.PortalYearsDocument,
    "\n  query PortalTitles($where: AwardFilter!) {\n    awards(first: 100, where: $where, orderBy: [{ field: YEAR, direction: DESC }, { field: NAME }]) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes {\n        id\n        level\n        year\n        score\n        revocation { revokedOn }\n        districtAtAward { code name { zh en } }\n        community {\n          code\n          name { zh en }\n          location { latitude longitude }\n        }\n      }\n    }\n  }\n": types.PortalTitlesDocument,
    "\n  query PortalCommunity($code: String!) {\n    community(code: $code) {\n      code\n      name { zh en }\n      kind\n      gated\n      coBuiltWith\n      commercialEstate\n      households\n      occupancyRate\n      street { name { zh en } }\n      district { code name { zh en } }\n      awards(first: 50) {\n        nodes {\n          id\n          level\n          year\n          score\n          awardedOn\n          validUntil\n          revocation { revokedOn reason }\n          districtAtAward { code name { zh en } former }\n        }\n      }\n      observations(first: 100) {\n        nodes {\n          year\n          value\n          indicator { code name { zh en } unit }\n        }\n      }\n      sample\n    }\n  }\n": types.PortalCommunityDocument,
    "\n  query PortalPublicity {\n    publicityNotices(first: 20) {\n      nodes {\n        id\n        title { zh en }\n        openedOn\n        objectionDeadline\n        open\n        candidates {\n          id\n          code\n          name { zh en }\n          district { name { zh en } }\n        }\n      }\n    }\n  }\n": types.PortalPublicityDocument,
    "\n  mutation PortalFileObjection($input: FileObjectionInput!) {\n    fileObjection(input: $input) {\n      receipt { reference filedAt }\n      errors {\n        __typename\n        ... on Error { code message field }\n      }\n    }\n  }\n": types.PortalFileObjectionDocument,
    "\n  query PortalOpenData {\n    dataset {\n      licence { id name url attribution }\n      latestEdition { number publishedAt contentHash }\n      downloads { dataset format url }\n      dictionaryUrl\n      feedUrl\n      dictionary {\n        name\n        description\n        versioned\n        columns { name type description }\n      }\n      indicators { code name { zh en } unit description }\n    }\n    editions(first: 20) {\n      nodes { number publishedAt reason contentHash awardCount observationCount }\n    }\n  }\n": types.PortalOpenDataDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalYears {\n    statistics {\n      awardCounts(groupBy: [YEAR, LEVEL]) {\n        group { year level }\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalYears {\n    statistics {\n      awardCounts(groupBy: [YEAR, LEVEL]) {\n        group { year level }\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTitles($where: AwardFilter!) {\n    awards(first: 100, where: $where, orderBy: [{ field: YEAR, direction: DESC }, { field: NAME }]) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes {\n        id\n        level\n        year\n        score\n        revocation { revokedOn }\n        districtAtAward { code name { zh en } }\n        community {\n          code\n          name { zh en }\n          location { latitude longitude }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalTitles($where: AwardFilter!) {\n    awards(first: 100, where: $where, orderBy: [{ field: YEAR, direction: DESC }, { field: NAME }]) {\n      totalCount\n      pageInfo { hasNextPage }\n      nodes {\n        id\n        level\n        year\n        score\n        revocation { revokedOn }\n        districtAtAward { code name { zh en } }\n        community {\n          code\n          name { zh en }\n          location { latitude longitude }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalCommunity($code: String!) {\n    community(code: $code) {\n      code\n      name { zh en }\n      kind\n      gated\n      coBuiltWith\n      commercialEstate\n      households\n      occupancyRate\n      street { name { zh en } }\n      district { code name { zh en } }\n      awards(first: 50) {\n        nodes {\n          id\n          level\n          year\n          score\n          awardedOn\n          validUntil\n          revocation { revokedOn reason }\n          districtAtAward { code name { zh en } former }\n        }\n      }\n      observations(first: 100) {\n        nodes {\n          year\n          value\n          indicator { code name { zh en } unit }\n        }\n      }\n      sample\n    }\n  }\n"): (typeof documents)["\n  query PortalCommunity($code: String!) {\n    community(code: $code) {\n      code\n      name { zh en }\n      kind\n      gated\n      coBuiltWith\n      commercialEstate\n      households\n      occupancyRate\n      street { name { zh en } }\n      district { code name { zh en } }\n      awards(first: 50) {\n        nodes {\n          id\n          level\n          year\n          score\n          awardedOn\n          validUntil\n          revocation { revokedOn reason }\n          districtAtAward { code name { zh en } former }\n        }\n      }\n      observations(first: 100) {\n        nodes {\n          year\n          value\n          indicator { code name { zh en } unit }\n        }\n      }\n      sample\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPublicity {\n    publicityNotices(first: 20) {\n      nodes {\n        id\n        title { zh en }\n        openedOn\n        objectionDeadline\n        open\n        candidates {\n          id\n          code\n          name { zh en }\n          district { name { zh en } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalPublicity {\n    publicityNotices(first: 20) {\n      nodes {\n        id\n        title { zh en }\n        openedOn\n        objectionDeadline\n        open\n        candidates {\n          id\n          code\n          name { zh en }\n          district { name { zh en } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalFileObjection($input: FileObjectionInput!) {\n    fileObjection(input: $input) {\n      receipt { reference filedAt }\n      errors {\n        __typename\n        ... on Error { code message field }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PortalFileObjection($input: FileObjectionInput!) {\n    fileObjection(input: $input) {\n      receipt { reference filedAt }\n      errors {\n        __typename\n        ... on Error { code message field }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalOpenData {\n    dataset {\n      licence { id name url attribution }\n      latestEdition { number publishedAt contentHash }\n      downloads { dataset format url }\n      dictionaryUrl\n      feedUrl\n      dictionary {\n        name\n        description\n        versioned\n        columns { name type description }\n      }\n      indicators { code name { zh en } unit description }\n    }\n    editions(first: 20) {\n      nodes { number publishedAt reason contentHash awardCount observationCount }\n    }\n  }\n"): (typeof documents)["\n  query PortalOpenData {\n    dataset {\n      licence { id name url attribution }\n      latestEdition { number publishedAt contentHash }\n      downloads { dataset format url }\n      dictionaryUrl\n      feedUrl\n      dictionary {\n        name\n        description\n        versioned\n        columns { name type description }\n      }\n      indicators { code name { zh en } unit description }\n    }\n    editions(first: 20) {\n      nodes { number publishedAt reason contentHash awardCount observationCount }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;