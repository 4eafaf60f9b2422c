// Every operation the portal sends. GraphQL Code Generator turns these into typed documents (src/gql/) and the
// persisted-operations manifest (src/gql/persisted-documents.json) the API serves them from by hash: the portal sends
// only `documentId`, queries as cacheable GETs.
import { graphql } from "./gql";

export const YearsQuery = graphql(`
  query PortalYears {
    statistics {
      awardCounts(groupBy: [YEAR, LEVEL]) {
        group { year level }
        count
      }
    }
  }
`);

export const TitlesQuery = graphql(`
  query PortalTitles($where: AwardFilter!) {
    awards(first: 100, where: $where, orderBy: [{ field: YEAR, direction: DESC }, { field: NAME }]) {
      totalCount
      pageInfo { hasNextPage }
      nodes {
        id
        level
        year
        score
        revocation { revokedOn }
        districtAtAward { code name { zh en } }
        community {
          code
          name { zh en }
          location { latitude longitude }
        }
      }
    }
  }
`);

export const CommunityQuery = graphql(`
  query PortalCommunity($code: String!) {
    community(code: $code) {
      code
      name { zh en }
      kind
      gated
      coBuiltWith
      commercialEstate
      households
      occupancyRate
      street { name { zh en } }
      district { code name { zh en } }
      awards(first: 50) {
        nodes {
          id
          level
          year
          score
          awardedOn
          validUntil
          revocation { revokedOn reason }
          districtAtAward { code name { zh en } former }
        }
      }
      observations(first: 100) {
        nodes {
          year
          value
          indicator { code name { zh en } unit }
        }
      }
      fundingCategory
      funding {
        id
        year
        payerLevel
        payer { name { zh en } }
        payerDistrict { name { zh en } }
        payerStreet { name { zh en } }
        purpose
        amountYuan
        note
        sample
      }
      practices(first: 50) {
        totalCount
        nodes {
          id
          kind
          startedOn
          endedOn
          title { zh en }
          description
          evidence
          count
          sourceDocument
          sample
        }
      }
      sample
    }
  }
`);

export const PublicityQuery = graphql(`
  query PortalPublicity {
    publicityNotices(first: 20) {
      nodes {
        id
        title { zh en }
        openedOn
        objectionDeadline
        open
        candidates {
          id
          code
          name { zh en }
          district { name { zh en } }
        }
      }
    }
  }
`);

export const FileObjectionMutation = graphql(`
  mutation PortalFileObjection($input: FileObjectionInput!) {
    fileObjection(input: $input) {
      receipt { reference filedAt }
      errors {
        __typename
        ... on Error { code message field }
      }
    }
  }
`);

export const OpenDataQuery = graphql(`
  query PortalOpenData {
    dataset {
      licence { id name url attribution }
      latestEdition { number publishedAt contentHash }
      downloads { dataset format url }
      dictionaryUrl
      feedUrl
      dictionary {
        name
        description
        versioned
        columns { name type description }
      }
      indicators { code name { zh en } unit description }
    }
    editions(first: 20) {
      nodes { number publishedAt reason contentHash awardCount observationCount }
    }
  }
`);
