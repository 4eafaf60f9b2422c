/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day in ISO 8601 form, yyyy-MM-dd. */
  Date: { input: string; output: string; }
  /** The `DateTime` scalar type represents a date and time. `DateTime` expects timestamps to be formatted in accordance with the [ISO-8601](https://en.wikipedia.org/wiki/ISO_8601) standard. */
  DateTime: { input: string; output: string; }
};

/** An API key of a registered application. Only the city sees these records; the key itself is shown once, when issued. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** Who to contact about the application. */
  contact?: Maybe<Scalars['String']['output']>;
  /** The key record's global ID. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** The subject of the administrator who issued it. */
  issuedBy: Scalars['String']['output'];
  /** The application. */
  name: Scalars['String']['output'];
  /** The key's public part (gck_<prefix>_...), to tell keys apart in logs and support. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while valid. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A community's request for a title in a campaign, with its evidence, gate verdicts, evaluation and full history. Visible to the city, the community's district reviewers, its applicant, and the evaluators of its panel. */
export type Application = Node & {
  __typename?: 'Application';
  /** The campaign applied to. */
  campaign: Campaign;
  /** The applying community. */
  community: Community;
  /** When the application was opened (UTC). */
  createdAt: Scalars['DateTime']['output'];
  /** The panel's on-site evaluation, once a panel is assigned. */
  evaluation?: Maybe<Evaluation>;
  /** Documents and records attached, oldest first. */
  evidence: Array<Evidence>;
  /** The recorded facts the gates are judged on. */
  gateFacts?: Maybe<GateFacts>;
  /** Every gate verdict, at submission and at collective review, with its evidence. */
  gateVerdicts: Array<GateVerdict>;
  /** Every step: who did what, when, from which state to which, with comments. Oldest first. */
  history: Array<ApplicationEvent>;
  /** The application's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The deadline to resubmit, while returned for revision. */
  revisionDeadline?: Maybe<Scalars['Date']['output']>;
  /** The community's own score against the scheme. */
  selfAssessedScore?: Maybe<Scalars['Float']['output']>;
  /** Where the application stands. */
  status: ApplicationStatus;
  /** The version to send back with a change: a change made from an older version is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

/** A page of Application items, with cursors for the next and previous pages. */
export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  /** The items of the page with their cursors. */
  edges: Array<ApplicationEdge>;
  /** The items of the page, without cursors. */
  nodes: Array<Application>;
  /** Where the page sits in the whole list. */
  pageInfo: PageInfo;
  /** The number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Application with its cursor. */
export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  /** An opaque cursor for this position; pass it as 'after' or 'before'. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Application;
};

/** One step in an application's history. */
export type ApplicationEvent = {
  __typename?: 'ApplicationEvent';
  /** When (UTC). */
  at: Scalars['DateTime']['output'];
  /** Who took the step (their sign-in subject). */
  by: Scalars['String']['output'];
  /** Comment or reasons given. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The state before the step; null for the first. */
  from?: Maybe<ApplicationStatus>;
  /** The state after the step. */
  to: ApplicationStatus;
};

/** Conditions on applications; every condition given must hold. */
export type ApplicationFilter = {
  /** The campaign's global ID. */
  campaign?: InputMaybe<Scalars['ID']['input']>;
  /** The community's code. */
  community?: InputMaybe<StringFilter>;
  /** The community's current district code. */
  district?: InputMaybe<StringFilter>;
  /** The status, e.g. { in: [SUBMITTED, UNDER_DISTRICT_REVIEW] }. */
  status?: InputMaybe<ApplicationStatusFilter>;
};

/** Where an application stands in the two-level workflow. */
export type ApplicationStatus =
  /** City level: the city-level title was granted. */
  | 'AWARDED'
  /** District level: the district-level title was granted. */
  | 'AWARDED_AT_DISTRICT_LEVEL'
  /** City level: on the collective review's candidate list. */
  | 'CANDIDATE'
  /** City level: the district declined to recommend. */
  | 'DECLINED_BY_DISTRICT'
  /** Being prepared by the community. */
  | 'DRAFT'
  /** City level: the on-site evaluation is complete. */
  | 'EVALUATED'
  /** City level: announced and open to objection. */
  | 'IN_PUBLICITY'
  /** City level: left off the candidate list. */
  | 'NOT_CANDIDATE'
  /** City level: an evaluation panel is assigned. */
  | 'PANEL_ASSIGNED'
  /** City level: the district recommends the community. */
  | 'RECOMMENDED_TO_CITY'
  /** Refused (by the district, or vetoed by a failed gate). */
  | 'REJECTED'
  /** City level: removed after an upheld objection. */
  | 'REJECTED_AFTER_OBJECTION'
  /** Returned to the community to revise before a deadline. */
  | 'RETURNED_FOR_REVISION'
  /** Sent to the district. */
  | 'SUBMITTED'
  /** Being reviewed by the district. */
  | 'UNDER_DISTRICT_REVIEW'
  /** City level: the on-site evaluation is under way. */
  | 'UNDER_EVALUATION';

/** An application moved from one state to another. */
export type ApplicationStatusChange = {
  __typename?: 'ApplicationStatusChange';
  /** The application, as it stands now. */
  application: Application;
  /** When (UTC). */
  at: Scalars['DateTime']['output'];
  /** Who moved it (their sign-in subject). */
  by: Scalars['String']['output'];
  /** This event's ID (also in the `next` message's `extensions.eventId`): pass it as `after` to resume after it. */
  eventId: Scalars['String']['output'];
  /** The state before; null for a new application. */
  from?: Maybe<ApplicationStatus>;
  /** The state after. */
  to: ApplicationStatus;
};

/** Conditions on a ApplicationStatus value. */
export type ApplicationStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<ApplicationStatus>;
  /** One of these values. */
  in?: InputMaybe<Array<ApplicationStatus>>;
};

/** The business-rule errors AssignPanel can return. */
export type AssignPanelError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** The panel to assign to a recommended application. */
export type AssignPanelInput = {
  /** The application's global ID. */
  application: Scalars['ID']['input'];
  /** The panel's global ID. */
  panel: Scalars['ID']['input'];
  /** The application's version as you read it; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The result of assignPanel: the application and any business-rule errors. */
export type AssignPanelPayload = {
  __typename?: 'AssignPanelPayload';
  /** The application as it now stands. */
  application?: Maybe<Application>;
  /** Business-rule errors; empty on success. */
  errors: Array<AssignPanelError>;
};

/** The business-rule errors AttachEvidence can return. */
export type AttachEvidenceError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** A document or record to attach. */
export type AttachEvidenceInput = {
  /** The application's global ID. */
  application: Scalars['ID']['input'];
  /** The sort of document: report, photo, minutes, survey... */
  kind: Scalars['String']['input'];
  /** What the document is. */
  title: Scalars['String']['input'];
  /** Where it is kept, as an absolute http(s) URL. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** The application's version as you read it; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The result of attachEvidence: the application and any business-rule errors. */
export type AttachEvidencePayload = {
  __typename?: 'AttachEvidencePayload';
  /** The application as it now stands. */
  application?: Maybe<Application>;
  /** Business-rule errors; empty on success. */
  errors: Array<AttachEvidenceError>;
};

/** A Green Community title granted and published: community, level and year, with the district it was made in, the score, validity and any revocation. */
export type Award = Node & {
  __typename?: 'Award';
  /** The day the title was granted. */
  awardedOn: Scalars['Date']['output'];
  /** The campaign that granted the title. */
  campaign: Campaign;
  /** The community holding the title. */
  community: Community;
  /** The district the award was made in, even if it merged away later (e.g. Dongshan, now part of Yuexiu). */
  districtAtAward: District;
  /** The gate verdicts behind the title, with the facts they rest on; empty when none were recorded. */
  gateVerdicts: Array<GateVerdict>;
  /** The award's opaque global ID. Read with asOf, the award as that edition listed it has an ID of its own, so a client cache keeps a citable past list apart from the current one; node(id:) answers either. */
  id: Scalars['ID']['output'];
  /** District or city level. */
  level: TitleLevel;
  /** The evaluation panel that visited the community (city level). */
  panel?: Maybe<Panel>;
  /** The revocation, if the city revoked the title; revoked awards stay on record. */
  revocation?: Maybe<Revocation>;
  /** True when the record was invented for the sample dataset. */
  sample: Scalars['Boolean']['output'];
  /** The criteria-scheme version the title was scored against. */
  scheme: CriteriaScheme;
  /** The panel score (mean of the evaluators' totals, one decimal), when the title was scored. */
  score?: Maybe<Scalars['Float']['output']>;
  /** True when the title is valid today: within its validity and not revoked. */
  validToday: Scalars['Boolean']['output'];
  /** Last day the title is valid (the scheme's validity years from the award). */
  validUntil: Scalars['Date']['output'];
  /** The campaign year. */
  year: Scalars['Int']['output'];
};

/** A page of Award items, with cursors for the next and previous pages. */
export type AwardConnection = {
  __typename?: 'AwardConnection';
  /** The items of the page with their cursors. */
  edges: Array<AwardEdge>;
  /** The items of the page, without cursors. */
  nodes: Array<Award>;
  /** Where the page sits in the whole list. */
  pageInfo: PageInfo;
  /** The number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The number of published awards in a group. */
export type AwardCount = {
  __typename?: 'AwardCount';
  /** Awards in the group. */
  count: Scalars['Int']['output'];
  /** The group. */
  group: StatisticsGroup;
};

/** A Award with its cursor. */
export type AwardEdge = {
  __typename?: 'AwardEdge';
  /** An opaque cursor for this position; pass it as 'after' or 'before'. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Award;
};

/** Conditions on awards; every condition given must hold. */
export type AwardFilter = {
  /** The campaign's global ID. */
  campaign?: InputMaybe<Scalars['ID']['input']>;
  /** The community's code. */
  community?: InputMaybe<StringFilter>;
  /** The community's kind. */
  communityKind?: InputMaybe<CommunityKindFilter>;
  /** Code of the community's current district (e.g. 440104 Yuexiu also finds awards made in Dongshan). */
  district?: InputMaybe<StringFilter>;
  /** Code of the district the award was made in (former districts included, e.g. 440102 Dongshan). */
  districtAtAward?: InputMaybe<StringFilter>;
  /** The title level, e.g. { eq: CITY }. */
  level?: InputMaybe<TitleLevelFilter>;
  /** The community's name in either language, e.g. { contains: "侨苑" } or { contains: "qiaoyuan" }. */
  name?: InputMaybe<StringFilter>;
  /** True for revoked awards only, false for unrevoked only; both when omitted. */
  revoked?: InputMaybe<Scalars['Boolean']['input']>;
  /** The campaign year, e.g. { eq: 2002 } or { gte: 2001, lte: 2003 }. */
  year?: InputMaybe<IntFilter>;
};

/** A sort key for awards; later keys break ties of earlier ones. */
export type AwardOrder = {
  /** The direction; ASC when omitted. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: AwardOrderField;
};

/** The fields awards can be sorted by. */
export type AwardOrderField =
  /** Award date. */
  | 'AWARDED_ON'
  /** Community English name. */
  | 'NAME'
  /** Community Chinese name, by Unicode code point. */
  | 'NAME_ZH'
  /** Panel score (unscored awards last). */
  | 'SCORE'
  /** Campaign year. */
  | 'YEAR';

/** The score is below the level's pass mark. */
export type BelowPassMarkError = Error & {
  __typename?: 'BelowPassMarkError';
  /** Always BELOW_PASS_MARK. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** One year's creation round at one title level, scored against one criteria-scheme version, with its timetable and, once published, its results. */
export type Campaign = Node & {
  __typename?: 'Campaign';
  /** When the campaign was announced (UTC). */
  announcedAt: Scalars['DateTime']['output'];
  /** The campaign's published results, by community English name; empty until published. */
  awards: AwardConnection;
  /** The batch (第N批) the campaign's awards form, counted per level. */
  batchNumber: Scalars['Int']['output'];
  /** The campaign's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The title level the campaign grants. */
  level: TitleLevel;
  /** The campaign's name. */
  name: LocalizedText;
  /** The campaign's published publicity notices, oldest first. */
  publicityNotices: Array<PublicityNotice>;
  /** When the results were published (UTC); null until then. */
  resultsPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** True when the record (e.g. its timetable) was invented for the sample dataset. */
  sample: Scalars['Boolean']['output'];
  /** The criteria-scheme version applications are scored against. */
  scheme: CriteriaScheme;
  /** The campaign's dates. */
  timetable: CampaignTimetable;
  /** The campaign year. */
  year: Scalars['Int']['output'];
};


/** One year's creation round at one title level, scored against one criteria-scheme version, with its timetable and, once published, its results. */
export type CampaignAwardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Campaign items, with cursors for the next and previous pages. */
export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  /** The items of the page with their cursors. */
  edges: Array<CampaignEdge>;
  /** The items of the page, without cursors. */
  nodes: Array<Campaign>;
  /** Where the page sits in the whole list. */
  pageInfo: PageInfo;
  /** The number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Campaign with its cursor. */
export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  /** An opaque cursor for this position; pass it as 'after' or 'before'. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Campaign;
};

/** Conditions on campaigns; every condition given must hold. */
export type CampaignFilter = {
  /** The title level. */
  level?: InputMaybe<TitleLevelFilter>;
  /** The campaign year. */
  year?: InputMaybe<IntFilter>;
};

/** A campaign's dates and its publicity period. */
export type CampaignTimetable = {
  __typename?: 'CampaignTimetable';
  /** Last day applications are accepted. */
  applicationsClose: Scalars['Date']['output'];
  /** First day applications are accepted. */
  applicationsOpen: Scalars['Date']['output'];
  /** Last day of on-site evaluation. */
  evaluationEnd: Scalars['Date']['output'];
  /** First day of on-site evaluation. */
  evaluationStart: Scalars['Date']['output'];
  /** Length of the publicity (objection) period in days. */
  publicityDays: Scalars['Int']['output'];
};

/** The collective review's decision on one application. */
export type CandidacyDecision = {
  __typename?: 'CandidacyDecision';
  /** The application decided on. */
  application: Application;
  /** True when the community is on the candidate list. */
  candidate: Scalars['Boolean']['output'];
  /** Why. */
  reasons: Scalars['String']['output'];
};

/** Whether an evaluated application goes on the candidate list. */
export type CandidacyDecisionInput = {
  /** The application's global ID. */
  application: Scalars['ID']['input'];
  /** True to put the community on the candidate list; its panel score must reach the pass mark. */
  candidate: Scalars['Boolean']['input'];
  /** The reasons. */
  reasons: Scalars['String']['input'];
  /** The application's version as you read it; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Whether the community is co-built with the army or the police. */
export type CoBuiltWith =
  /** Co-built with the army (军民共建). */
  | 'ARMY'
  /** An ordinary community. */
  | 'NONE'
  /** Co-built with the police (警民共建). */
  | 'POLICE';

/** Conditions on a CoBuiltWith value. */
export type CoBuiltWithFilter = {
  /** Equal to. */
  eq?: InputMaybe<CoBuiltWith>;
  /** One of these values. */
  in?: InputMaybe<Array<CoBuiltWith>>;
};

/** The campaign-wide meeting at which the candidate list is fixed. */
export type CollectiveReview = {
  __typename?: 'CollectiveReview';
  /** The decisions taken. */
  decisions: Array<CandidacyDecision>;
  /** The day of the meeting. */
  heldOn: Scalars['Date']['output'];
};

/** A residential community (社区) under a street, with its attributes, titles and published indicator values. */
export type Community = Node & {
  __typename?: 'Community';
  /** Published titles held by the community, newest first, revoked ones included with their revocation. */
  awards: AwardConnection;
  /** Co-built with the army or the police, or neither. */
  coBuiltWith: CoBuiltWith;
  /** A stable public code, e.g. YX-QIAOYUAN. */
  code: Scalars['String']['output'];
  /** True for a commercially developed estate with full property management. */
  commercialEstate: Scalars['Boolean']['output'];
  /** The community's current district. An award's districtAtAward can differ after a merger. */
  district: District;
  /** True for a closed (gated) community, false for an open one. */
  gated: Scalars['Boolean']['output'];
  /** Number of households, when known. */
  households?: Maybe<Scalars['Int']['output']>;
  /** The community's opaque global ID. */
  id: Scalars['ID']['output'];
  /** What sort of community it is. */
  kind: CommunityKind;
  /** The latest published value of each indicator, by indicator code. */
  latestObservations: Array<Observation>;
  /** Where the community is, when known. */
  location?: Maybe<GeoPoint>;
  /** The community's name. */
  name: LocalizedText;
  /** Published indicator values for the community, by indicator code then year. */
  observations: ObservationConnection;
  /** Share of dwellings occupied, as a fraction 0..1 (0.6 is 60%), when known. */
  occupancyRate?: Maybe<Scalars['Float']['output']>;
  /** True when the record was invented for the sample dataset. */
  sample: Scalars['Boolean']['output'];
  /** A time series: the community's published values of one indicator over a range of years, oldest first. */
  series: Array<Observation>;
  /** The street the community is under. */
  street: Street;
};


/** A residential community (社区) under a street, with its attributes, titles and published indicator values. */
export type CommunityAwardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A residential community (社区) under a street, with its attributes, titles and published indicator values. */
export type CommunityObservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  indicator?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A residential community (社区) under a street, with its attributes, titles and published indicator values. */
export type CommunitySeriesArgs = {
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  indicator: Scalars['String']['input'];
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Community items, with cursors for the next and previous pages. */
export type CommunityConnection = {
  __typename?: 'CommunityConnection';
  /** The items of the page with their cursors. */
  edges: Array<CommunityEdge>;
  /** The items of the page, without cursors. */
  nodes: Array<Community>;
  /** Where the page sits in the whole list. */
  pageInfo: PageInfo;
  /** The number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Community with its cursor. */
export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  /** An opaque cursor for this position; pass it as 'after' or 'before'. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Community;
};

/** Conditions on communities; every condition given must hold. */
export type CommunityFilter = {
  /** Co-built with the army or the police. */
  coBuiltWith?: InputMaybe<CoBuiltWithFilter>;
  /** The community's code. */
  code?: InputMaybe<StringFilter>;
  /** True for commercial estates with full property management. */
  commercialEstate?: InputMaybe<Scalars['Boolean']['input']>;
  /** The current district's code, e.g. { eq: "440104" }. */
  district?: InputMaybe<StringFilter>;
  /** True for gated communities, false for open ones. */
  gated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Number of households. */
  households?: InputMaybe<IntFilter>;
  /** The kind of community. */
  kind?: InputMaybe<CommunityKindFilter>;
  /** The name in either language: { contains: "侨" } or { contains: "qiao" }. */
  name?: InputMaybe<StringFilter>;
  /** The street's code. */
  street?: InputMaybe<StringFilter>;
};

/** What sort of residential community it is. */
export type CommunityKind =
  /** Farmers' new village (农民新村). */
  | 'FARMERS_NEW_VILLAGE'
  /** Historic old-town neighbourhood. */
  | 'HISTORIC'
  /** Newly built residential estate. */
  | 'NEW_ESTATE'
  /** Urban-centre community. */
  | 'URBAN_CENTRE';

/** Conditions on a CommunityKind value. */
export type CommunityKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<CommunityKind>;
  /** One of these values. */
  in?: InputMaybe<Array<CommunityKind>>;
};

/** A sort key for communities; later keys break ties of earlier ones. */
export type CommunityOrder = {
  /** The direction; ASC when omitted. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: CommunityOrderField;
};

/** The fields communities can be sorted by. */
export type CommunityOrderField =
  /** Community code. */
  | 'CODE'
  /** Number of households (unknown last). */
  | 'HOUSEHOLDS'
  /** English name. */
  | 'NAME'
  /** Chinese name, by Unicode code point. */
  | 'NAME_ZH';

/** The business-rule errors CompleteEvaluation can return. */
export type CompleteEvaluationError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** Completes the evaluation. */
export type CompleteEvaluationInput = {
  /** The application's global ID. */
  application: Scalars['ID']['input'];
  /** The evaluation's version as you read it; a stale version is refused with CONFLICT. */
  evaluationVersion: Scalars['Int']['input'];
  /** The feedback given to the community. */
  feedback: Scalars['String']['input'];
};

/** The result of completeEvaluation: the application and any business-rule errors. */
export type CompleteEvaluationPayload = {
  __typename?: 'CompleteEvaluationPayload';
  /** The application as it now stands. */
  application?: Maybe<Application>;
  /** Business-rule errors; empty on success. */
  errors: Array<CompleteEvaluationError>;
};

/** The record changed since you read it (its version moved on). Read it again and retry. Nothing was changed. */
export type ConflictError = Error & {
  __typename?: 'ConflictError';
  /** Always CONFLICT. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** The business-rule errors CreateApplication can return. */
export type CreateApplicationError = ConflictError | DeadlinePassedError | DuplicateError | InvalidInputError | NotEligibleError | NotFoundError | OutOfScopeError | WrongStateError;

/** Which campaign your community applies to. */
export type CreateApplicationInput = {
  /** The campaign's global ID. */
  campaign: Scalars['ID']['input'];
  /** Your community's global ID. */
  community: Scalars['ID']['input'];
};

/** The result of createApplication: the application and any business-rule errors. */
export type CreateApplicationPayload = {
  __typename?: 'CreateApplicationPayload';
  /** The new draft application. */
  application?: Maybe<Application>;
  /** Business-rule errors; empty on success. */
  errors: Array<CreateApplicationError>;
};

/** The business-rule errors CreateCampaign can return. */
export type CreateCampaignError = ConflictError | DuplicateError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** A new campaign. */
export type CreateCampaignInput = {
  /** The batch (第N批) its awards form, from 1. */
  batchNumber: Scalars['Int']['input'];
  /** The title level it grants. */
  level: TitleLevel;
  /** The campaign's name. */
  name: LocalizedTextInput;
  /** The criteria-scheme version's global ID. */
  scheme: Scalars['ID']['input'];
  /** The campaign's dates. */
  timetable: TimetableInput;
  /** The campaign year. */
  year: Scalars['Int']['input'];
};

/** The result of createCampaign: the campaign and any business-rule errors. */
export type CreateCampaignPayload = {
  __typename?: 'CreateCampaignPayload';
  /** The new campaign, announced. */
  campaign?: Maybe<Campaign>;
  /** Business-rule errors; empty on success. */
  errors: Array<CreateCampaignError>;
};

/** One scored item of a criteria scheme, with its maximum points and the guidance evaluators follow. */
export type CriteriaIndicator = Node & {
  __typename?: 'CriteriaIndicator';
  /** A code unique within the scheme, e.g. S1.2. */
  code: Scalars['String']['output'];
  /** The evidence an applicant is expected to provide. */
  evidenceExpected: Scalars['String']['output'];
  /** How evaluators should score it. */
  guidance: Scalars['String']['output'];
  /** The indicator's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The most points an evaluator may give. */
  maximumPoints: Scalars['Float']['output'];
  /** The 1-based position within the section. */
  position: Scalars['Int']['output'];
  /** What is scored. */
  title: LocalizedText;
};

/** A version of the published scoring standard (考评标准): sections, indicators with maximum points, gates and pass marks. */
export type CriteriaScheme = Node & {
  __typename?: 'CriteriaScheme';
  /** The scheme's code, shared by all its versions. */
  code: Scalars['String']['output'];
  /** The hard eligibility gates. */
  gates: Array<Gate>;
  /** The scheme version's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The sum of all indicators' maximum points. */
  maximumScore: Scalars['Float']['output'];
  /** The scheme's title. */
  name: LocalizedText;
  /** The minimum panel score per title level. */
  passMarks: Array<PassMark>;
  /** The day the city published this version. */
  publishedOn: Scalars['Date']['output'];
  /** True when the scheme was invented for the sample dataset (the report does not give the city's points). */
  sample: Scalars['Boolean']['output'];
  /** How indicator scores become a panel score. */
  scoringRule: Scalars['String']['output'];
  /** The sections, in order. */
  sections: Array<CriteriaSection>;
  /** How many years a title granted under this version stays valid. */
  validityYears: Scalars['Int']['output'];
  /** The version number, from 1. */
  version: Scalars['Int']['output'];
};

/** A section of a criteria scheme, e.g. one of the five signs of a Green Community. */
export type CriteriaSection = Node & {
  __typename?: 'CriteriaSection';
  /** A code unique within the scheme. */
  code: Scalars['String']['output'];
  /** The section's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The indicators, in order. */
  indicators: Array<CriteriaIndicator>;
  /** The sum of the section's indicators' maximum points. */
  maximumPoints: Scalars['Float']['output'];
  /** The 1-based position within the scheme. */
  position: Scalars['Int']['output'];
  /** The section's title. */
  title: LocalizedText;
};

/** The open dataset of the programme: its licence, editions, bulk downloads and data dictionary. */
export type DatasetInfo = {
  __typename?: 'DatasetInfo';
  /** Every downloadable dataset with its columns in their fixed order. */
  dictionary: Array<DictionaryDataset>;
  /** The data dictionary as JSON, relative to the API's origin. */
  dictionaryUrl: Scalars['String']['output'];
  /** Bulk downloads of the latest edition (add ?edition=N for another; each edition also lists its own). */
  downloads: Array<DownloadLink>;
  /** The Atom feed of publications and publicity notices, relative to the API's origin. */
  feedUrl: Scalars['String']['output'];
  /** Every indicator, with unit, methodology and source. */
  indicators: Array<IndicatorDefinition>;
  /** The latest edition; null before anything is published. */
  latestEdition?: Maybe<Edition>;
  /** The licence of all published data and downloads. */
  licence: Licence;
};

/** The period for the action is over, or has not begun. */
export type DeadlinePassedError = Error & {
  __typename?: 'DeadlinePassedError';
  /** Always DEADLINE_PASSED. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** The business-rule errors DecideCollectiveReview can return. */
export type DecideCollectiveReviewError = BelowPassMarkError | ConflictError | GateFailedError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** The collective review's decisions for a campaign. */
export type DecideCollectiveReviewInput = {
  /** The campaign's global ID. */
  campaign: Scalars['ID']['input'];
  /** One decision per evaluated application (at most 500). */
  decisions: Array<CandidacyDecisionInput>;
  /** The day of the meeting. */
  heldOn: Scalars['Date']['input'];
};

/** The result of decideCollectiveReview: the collectiveReview and any business-rule errors. */
export type DecideCollectiveReviewPayload = {
  __typename?: 'DecideCollectiveReviewPayload';
  /** The review with all its decisions so far. */
  collectiveReview?: Maybe<CollectiveReview>;
  /** Business-rule errors; empty on success. */
  errors: Array<DecideCollectiveReviewError>;
};

/** A column of a download. */
export type DictionaryColumn = {
  __typename?: 'DictionaryColumn';
  /** What it holds. */
  description: Scalars['String']['output'];
  /** Its name, as in the CSV header, the NDJSON keys and the Parquet schema. */
  name: Scalars['String']['output'];
  /** TEXT, WHOLE_NUMBER, NUMBER, BOOLEAN, DATE (yyyy-MM-dd) or TIMESTAMP (ISO 8601 UTC). */
  type: Scalars['String']['output'];
};

/** A downloadable dataset in the data dictionary. */
export type DictionaryDataset = {
  __typename?: 'DictionaryDataset';
  /** Its columns, in their fixed order. */
  columns: Array<DictionaryColumn>;
  /** What a row is. */
  description: Scalars['String']['output'];
  /** Its name in download URLs. */
  name: Scalars['String']['output'];
  /** True when a download is of one edition; false for reference data (the current state). */
  versioned: Scalars['Boolean']['output'];
};

/** A district (区) of the city. Districts merge: Dongshan merged into Yuexiu and Fangcun into Liwan in 2005; former districts stay, with the dates they existed. */
export type District = Node & {
  __typename?: 'District';
  /** The administrative division code (GB/T 2260), stable across renames. */
  code: Scalars['String']['output'];
  /** The communities in the district now, by English name. */
  communities: CommunityConnection;
  /** First day the district existed in this form. */
  effectiveFrom: Scalars['Date']['output'];
  /** Last day the district existed; null while it exists. */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /** True for a district that has merged away. */
  former: Scalars['Boolean']['output'];
  /** The district's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The district's name. */
  name: LocalizedText;
  /** The streets in the district now, by code. Empty for a former district: its streets moved to its successor. */
  streets: Array<Street>;
  /** The district it merged into, for a former district. */
  succeededBy?: Maybe<District>;
};


/** A district (区) of the city. Districts merge: Dongshan merged into Yuexiu and Fangcun into Liwan in 2005; former districts stay, with the dates they existed. */
export type DistrictCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A bulk download of one dataset of one edition in one format (streamed; the edition and licence are in the response headers, and in Parquet's key-value metadata). */
export type DownloadLink = {
  __typename?: 'DownloadLink';
  /** awards, communities, gate-verdicts or observations. */
  dataset: Scalars['String']['output'];
  /** csv (UTF-8 with BOM), ndjson or parquet. */
  format: Scalars['String']['output'];
  /** The Content-Type it is served with. */
  mediaType: Scalars['String']['output'];
  /** The URL, relative to the API's origin. */
  url: Scalars['String']['output'];
};

/** The record already exists. */
export type DuplicateError = Error & {
  __typename?: 'DuplicateError';
  /** Always DUPLICATE. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** A citable, immutable, numbered edition of the published data (awards and indicator values). Every publication, revocation or correction creates one; list fields and downloads take it as asOf/edition and return exactly what it published. */
export type Edition = Node & {
  __typename?: 'Edition';
  /** Awards the edition lists (revoked ones included, with their revocation). */
  awardCount: Scalars['Int']['output'];
  /** How many changes of each kind it made since the previous edition. */
  changeCounts: EditionChangeCounts;
  /** What changed since the previous edition, in the order it was made. */
  changes: EditionChangeConnection;
  /** SHA-256 (hex) of the edition's canonical content (awards then values by ID; the form is in ADR-013). The same content always gives the same hash. */
  contentHash: Scalars['String']['output'];
  /** Bulk downloads of this edition: every dataset in every format. */
  downloads: Array<DownloadLink>;
  /** The edition's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The edition's number, 1, 2, 3... in publication order. Cite it with the date. */
  number: Scalars['Int']['output'];
  /** Indicator values the edition lists. */
  observationCount: Scalars['Int']['output'];
  /** When it was published (UTC). */
  publishedAt: Scalars['DateTime']['output'];
  /** Why it was published. */
  reason: Scalars['String']['output'];
};


/** A citable, immutable, numbered edition of the published data (awards and indicator values). Every publication, revocation or correction creates one; list fields and downloads take it as asOf/edition and return exactly what it published. */
export type EditionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One change an edition made since the previous one. */
export type EditionChange = {
  __typename?: 'EditionChange';
  /** The award published or revoked (as it stands now). */
  award?: Maybe<Award>;
  /** What changed. */
  kind: EditionChangeKind;
  /** The value published, or the correction. */
  observation?: Maybe<Observation>;
  /** For a correction: the value it replaced, still on record. */
  replaced?: Maybe<Observation>;
};

/** A page of EditionChange items, with cursors for the next and previous pages. */
export type EditionChangeConnection = {
  __typename?: 'EditionChangeConnection';
  /** The items of the page with their cursors. */
  edges: Array<EditionChangeEdge>;
  /** The items of the page, without cursors. */
  nodes: Array<EditionChange>;
  /** Where the page sits in the whole list. */
  pageInfo: PageInfo;
  /** The number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How many changes of each kind an edition made. */
export type EditionChangeCounts = {
  __typename?: 'EditionChangeCounts';
  /** Awards published. */
  awardsAdded: Scalars['Int']['output'];
  /** Awards revoked (they stay listed, with the revocation). */
  awardsRevoked: Scalars['Int']['output'];
  /** Indicator values published. */
  observationsAdded: Scalars['Int']['output'];
  /** Indicator values corrected (the corrected value stays on record). */
  observationsCorrected: Scalars['Int']['output'];
};

/** A EditionChange with its cursor. */
export type EditionChangeEdge = {
  __typename?: 'EditionChangeEdge';
  /** An opaque cursor for this position; pass it as 'after' or 'before'. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: EditionChange;
};

/** What an edition changed. */
export type EditionChangeKind =
  /** An award was published. */
  | 'AWARD_ADDED'
  /** A published award was revoked; it stays listed with its revocation. */
  | 'AWARD_REVOKED'
  /** An indicator value was published. */
  | 'OBSERVATION_ADDED'
  /** A published value was corrected: 'observation' replaces 'replaced', which stays on record and in earlier editions. */
  | 'OBSERVATION_CORRECTED';

/** A page of Edition items, with cursors for the next and previous pages. */
export type EditionConnection = {
  __typename?: 'EditionConnection';
  /** The items of the page with their cursors. */
  edges: Array<EditionEdge>;
  /** The items of the page, without cursors. */
  nodes: Array<Edition>;
  /** Where the page sits in the whole list. */
  pageInfo: PageInfo;
  /** The number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Edition with its cursor. */
export type EditionEdge = {
  __typename?: 'EditionEdge';
  /** An opaque cursor for this position; pass it as 'after' or 'before'. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Edition;
};

/** An edition of the published data, by number ({ number: 3 }) or by date ({ date: "2003-01-31" }: the last edition published on or before that day, UTC). Give exactly one. */
export type EditionRef = {
  /** A day: the last edition published on or before it (UTC). */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** The edition's number. */
  number?: InputMaybe<Scalars['Int']['input']>;
};

/** A business-rule failure returned in a mutation payload; nothing was changed unless the error says so. */
export type Error = {
  /** A stable, machine-readable code. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** A panel's on-site visit to one application: the procedure steps in order, the scores, the feedback. */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** When the evaluation was completed (UTC). */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Feedback given to the community. */
  feedback?: Maybe<Scalars['String']['output']>;
  /** The step the procedure expects next; null when complete. */
  nextStep?: Maybe<EvaluationStep>;
  /** The panel evaluating. */
  panel: Panel;
  /** The panel score, once complete: the mean of the evaluators' totals, rounded half-up to one decimal. */
  panelScore?: Maybe<Scalars['Float']['output']>;
  /** Each evaluator's points per indicator. Only the city and the panel's own evaluators see them; null for anyone else. */
  scores?: Maybe<Array<IndicatorScore>>;
  /** The procedure steps recorded, in order. */
  steps: Array<EvaluationStepRecord>;
  /** The version to send back with a step or score: a change made from an older version is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

/** A panel's progress on an application's on-site evaluation. */
export type EvaluationProgress = {
  __typename?: 'EvaluationProgress';
  /** The application evaluated. */
  application: Application;
  /** When (UTC). */
  at: Scalars['DateTime']['output'];
  /** True once the evaluation is complete. */
  completed: Scalars['Boolean']['output'];
  /** This event's ID (also in the `next` message's `extensions.eventId`): pass it as `after` to resume after it. */
  eventId: Scalars['String']['output'];
  /** The panel score, once the evaluation is complete. */
  panelScore?: Maybe<Scalars['Float']['output']>;
  /** The last step recorded. */
  step?: Maybe<EvaluationStep>;
};

/** The steps of an on-site evaluation, in the order the procedure requires. */
export type EvaluationStep =
  /** 2. The panel reviews the documents. */
  | 'DOCUMENTS_REVIEWED'
  /** 6. The panel gives feedback to the community. */
  | 'FEEDBACK_GIVEN'
  /** 3. A residents' forum and a questionnaire survey are held (record the results). */
  | 'FORUM_AND_QUESTIONNAIRE_HELD'
  /** 1. The panel hears the community's report. */
  | 'REPORT_HEARD'
  /** 5. Scores are given on site (every evaluator, every indicator). */
  | 'SCORES_GIVEN'
  /** 4. The panel inspects the site. */
  | 'SITE_INSPECTED';

/** A procedure step recorded during an evaluation. */
export type EvaluationStepRecord = {
  __typename?: 'EvaluationStepRecord';
  /** When it was recorded (UTC). */
  at: Scalars['DateTime']['output'];
  /** The panel's notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** For the forum and questionnaire step: respondents and results. */
  questionnaire?: Maybe<QuestionnaireResult>;
  /** Which step. */
  step: EvaluationStep;
};

/** A document or record attached to an application. */
export type Evidence = {
  __typename?: 'Evidence';
  /** When it was attached (UTC). */
  attachedAt: Scalars['DateTime']['output'];
  /** The sort of document (report, photo, minutes, survey...). */
  kind: Scalars['String']['output'];
  /** What the document is. */
  title: Scalars['String']['output'];
  /** Where the document is kept, when online. */
  url?: Maybe<Scalars['String']['output']>;
};

/** An entry of the publications feed, as the Atom feed carries it. */
export type FeedEntry = {
  __typename?: 'FeedEntry';
  /** The edition's number, for editions. */
  edition?: Maybe<Scalars['Int']['output']>;
  /** A permanent, unique ID (the Atom entry's id). */
  id: Scalars['String']['output'];
  /** What it announces. */
  kind: FeedEntryKind;
  /** Where to read more, relative to the API's origin. */
  link: Scalars['String']['output'];
  /** The last day objections are accepted, for publicity notices. */
  objectionDeadline?: Maybe<Scalars['Date']['output']>;
  /** A sentence or two. */
  summary: Scalars['String']['output'];
  /** The headline. */
  title: Scalars['String']['output'];
  /** When it was published (UTC). */
  updated: Scalars['DateTime']['output'];
};

/** What a feed entry announces. */
export type FeedEntryKind =
  /** A new edition of the published data: results, revocations, new or corrected indicator values. */
  | 'EDITION'
  /** A candidate list announced for public objection, with its deadline. */
  | 'PUBLICITY_NOTICE';

/** The business-rule errors FileObjection can return. */
export type FileObjectionError = ConflictError | DeadlinePassedError | InvalidInputError | NotFoundError | OutOfScopeError | RateLimitedError | WrongStateError;

/** An objection to a candidate on a publicity notice. */
export type FileObjectionInput = {
  /** The candidate community's global ID. */
  community: Scalars['ID']['input'];
  /** How the city can reach you (optional; never published). */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** Evidence you offer (at most 4,000 characters). */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** The publicity notice's global ID. */
  notice: Scalars['ID']['input'];
  /** Your reasons (at most 4,000 characters). */
  reasons: Scalars['String']['input'];
};

/** The result of fileObjection: the receipt and any business-rule errors. */
export type FileObjectionPayload = {
  __typename?: 'FileObjectionPayload';
  /** Business-rule errors; empty on success. */
  errors: Array<FileObjectionError>;
  /** The objection's reference. */
  receipt?: Maybe<ObjectionReceipt>;
};

/** The business-rule errors FormPanel can return. */
export type FormPanelError = ConflictError | DuplicateError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** A new evaluation panel. */
export type FormPanelInput = {
  /** The city-level campaign's global ID. */
  campaign: Scalars['ID']['input'];
  /** The evaluators (at most 20). */
  members: Array<PanelMemberInput>;
  /** The panel's name, e.g. Panel 3. */
  name: Scalars['String']['input'];
};

/** The result of formPanel: the panel and any business-rule errors. */
export type FormPanelPayload = {
  __typename?: 'FormPanelPayload';
  /** Business-rule errors; empty on success. */
  errors: Array<FormPanelError>;
  /** The new panel. */
  panel?: Maybe<Panel>;
};

/** Money spent on the programme. */
export type FundingRecord = {
  __typename?: 'FundingRecord';
  /** The amount in yuan. */
  amountYuan: Scalars['Float']['output'];
  /** The support category. */
  category: SupportCategory;
  /** The district concerned, when one. */
  district?: Maybe<District>;
  /** What it paid for. */
  purpose: Scalars['String']['output'];
  /** True when the record was invented for the sample dataset rather than taken from the report. */
  sample: Scalars['Boolean']['output'];
  /** Who paid, e.g. City EPB. */
  source: Scalars['String']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** Funding in a group. */
export type FundingTotal = {
  __typename?: 'FundingTotal';
  /** Their total in yuan. */
  amountYuan: Scalars['Float']['output'];
  /** The group. */
  group: StatisticsGroup;
  /** Funding records in the group. */
  records: Scalars['Int']['output'];
};

/** A hard eligibility rule: failing it vetoes an application whatever its score. */
export type Gate = {
  __typename?: 'Gate';
  /** The rule in words. */
  description: LocalizedText;
  /** Which rule. */
  kind: GateKind;
  /** The numeric threshold, for gates that have one (occupancy: a fraction, 0.6). */
  threshold?: Maybe<Scalars['Float']['output']>;
};

/** The recorded facts the eligibility gates are judged on. */
export type GateFacts = {
  __typename?: 'GateFacts';
  /** Of those, complaints handled and answered within the deadline. */
  complaintsAnsweredInTime: Scalars['Int']['output'];
  /** Residents' pollution complaints received. */
  complaintsReceived: Scalars['Int']['output'];
  /** Occupancy as a fraction 0..1. */
  occupancyRate: Scalars['Float']['output'];
  /** Penalty cases on record against the community. */
  penaltyCases: Scalars['Int']['output'];
  /** Where the facts come from. */
  source: Scalars['String']['output'];
};

/** The facts the eligibility gates are judged on. */
export type GateFactsInput = {
  /** Of those, answered within the deadline (the gate needs all). */
  complaintsAnsweredInTime: Scalars['Int']['input'];
  /** Residents' pollution complaints received. */
  complaintsReceived: Scalars['Int']['input'];
  /** Occupancy as a fraction 0..1 (the gate needs at least 0.6). */
  occupancyRate: Scalars['Float']['input'];
  /** Penalty cases on record (the gate needs none). */
  penaltyCases: Scalars['Int']['input'];
  /** Where the facts come from, e.g. the street office's records. */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** A hard eligibility gate failed, which vetoes the application whatever its score. The veto and the verdicts with their evidence ARE recorded. */
export type GateFailedError = Error & {
  __typename?: 'GateFailedError';
  /** Always GATE_FAILED. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** The hard eligibility rules; failing any one vetoes an application whatever its score. */
export type GateKind =
  /** Residents' pollution complaints were all handled and answered within the deadline. */
  | 'COMPLAINTS_HANDLED'
  /** The community's occupancy rate is at least the threshold (60%). */
  | 'MINIMUM_OCCUPANCY'
  /** No penalty case against the community for breaking environmental or related law. */
  | 'NO_PENALTY_CASE';

/** When in the workflow a gate was judged. */
export type GateStage =
  /** At the collective review. */
  | 'COLLECTIVE_REVIEW'
  /** When the application was submitted. */
  | 'SUBMISSION';

/** The outcome of one eligibility gate, kept with the facts it was judged on. */
export type GateVerdict = {
  __typename?: 'GateVerdict';
  /** When the verdict was given (UTC). */
  evaluatedAt: Scalars['DateTime']['output'];
  /** The facts the verdict rests on. */
  evidence: Scalars['String']['output'];
  /** Which gate. */
  gate: GateKind;
  /** True when the gate was met. */
  passed: Scalars['Boolean']['output'];
  /** When in the workflow it was judged. */
  stage: GateStage;
};

/** A position in WGS 84 degrees. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Degrees north. */
  latitude: Scalars['Float']['output'];
  /** Degrees east. */
  longitude: Scalars['Float']['output'];
};

/** A quantity the programme measures per community and year, e.g. waste-sorting participation. */
export type IndicatorDefinition = Node & {
  __typename?: 'IndicatorDefinition';
  /** A stable code, e.g. waste-sorting-participation. */
  code: Scalars['String']['output'];
  /** What it measures. */
  description: Scalars['String']['output'];
  /** The indicator's opaque global ID. */
  id: Scalars['ID']['output'];
  /** How it is measured. */
  methodology: Scalars['String']['output'];
  /** The indicator's name. */
  name: LocalizedText;
  /** True when the definition was invented for the sample dataset. */
  sample: Scalars['Boolean']['output'];
  /** Who measures it. */
  source: Scalars['String']['output'];
  /** The unit of the values: percent, count, flag (1 yes, 0 no)... */
  unit: Scalars['String']['output'];
};

/** Points for one indicator. */
export type IndicatorPointsInput = {
  /** The criteria indicator's global ID. */
  indicator: Scalars['ID']['input'];
  /** The points, within 0..the indicator's maximum (two decimals kept). */
  points: Scalars['Float']['input'];
};

/** One evaluator's points for one indicator. */
export type IndicatorScore = {
  __typename?: 'IndicatorScore';
  /** The evaluator's name. */
  evaluator: Scalars['String']['output'];
  /** The criteria indicator's global ID. */
  indicator: Scalars['ID']['output'];
  /** The points given. */
  points: Scalars['Float']['output'];
};

/** Conditions on a whole number; every condition given must hold. */
export type IntFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** One of these values (at most 100). */
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** An input value breaks a rule: missing reasons, a date in the past, an impossible count. */
export type InvalidInputError = Error & {
  __typename?: 'InvalidInputError';
  /** Always INVALID_INPUT. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** The business-rule errors IssueApiKey can return. */
export type IssueApiKeyError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** The application a key is for. */
export type IssueApiKeyInput = {
  /** Who to contact about it (kept for the city, at most 320 characters). */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** The application's name (1 to 200 characters). */
  name: Scalars['String']['input'];
};

/** The result of issueApiKey: the key record, the key itself (shown this once) and any business-rule errors. */
export type IssueApiKeyPayload = {
  __typename?: 'IssueApiKeyPayload';
  /** The key record. */
  apiKey?: Maybe<ApiKey>;
  /** Business-rule errors; empty on success. */
  errors: Array<IssueApiKeyError>;
  /** The key to hand to the application: send it as X-Api-Key. It is not stored and cannot be shown again. */
  key?: Maybe<Scalars['String']['output']>;
};

/** The licence of the published data (CC BY 4.0 unless the operator configures another). */
export type Licence = {
  __typename?: 'Licence';
  /** How to credit the data. */
  attribution: Scalars['String']['output'];
  /** The SPDX identifier, e.g. CC-BY-4.0. */
  id: Scalars['String']['output'];
  /** The licence's name. */
  name: Scalars['String']['output'];
  /** The licence's text. */
  url: Scalars['String']['output'];
};

/** A name or text in Chinese and in English (official English where one exists, otherwise pinyin). */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** The English form. */
  en: Scalars['String']['output'];
  /** The Chinese form, as the city writes it. */
  zh: Scalars['String']['output'];
};

/** A text in Chinese and English. */
export type LocalizedTextInput = {
  /** English. */
  en: Scalars['String']['input'];
  /** Chinese. */
  zh: Scalars['String']['input'];
};

/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Assigns an evaluation panel of the same campaign to an application the district recommended. */
  assignPanel: AssignPanelPayload;
  /** Attaches a document or record to your application, while it is a draft or returned for revision. */
  attachEvidence: AttachEvidencePayload;
  /** Completes the evaluation after feedback was given: the panel score is computed by the scheme's rule. */
  completeEvaluation: CompleteEvaluationPayload;
  /** Opens a draft application of your community for a campaign, while the campaign accepts applications. City level needs a valid district-level title. */
  createApplication: CreateApplicationPayload;
  /** Opens and announces a campaign: a year's round at one level, scored against a criteria-scheme version, with its timetable. */
  createCampaign: CreateCampaignPayload;
  /** Records the collective review's decisions on evaluated applications: candidate or not, with reasons. The gates are judged again; a failed gate keeps a community off the list whatever its score (GateFailedError, recorded). Any other refused decision refuses them all. */
  decideCollectiveReview: DecideCollectiveReviewPayload;
  /** Objects to a candidate during the publicity period. Anyone may file, signed in or not (anonymous filing is rate limited). Contact details are kept for the city and never published. */
  fileObjection: FileObjectionPayload;
  /** Forms an evaluation panel for a city-level campaign, with its evaluators (their sign-in subjects). */
  formPanel: FormPanelPayload;
  /** Issues an API key to a registered application, which then sends it in the X-Api-Key header and gets the larger rate-limit budget. The key is in the payload once and never again: only its hash is stored. */
  issueApiKey: IssueApiKeyPayload;
  /** Announces a city-level campaign's candidates in a publicity notice, open to objection for the campaign's publicity period from today. */
  openPublicity: OpenPublicityPayload;
  /** Publishes a campaign's results. City level: after the publicity period, with every objection resolved, the candidates still in publicity are granted the title. The awards, their gate verdicts and panel scores become public at once. */
  publishResults: PublishResultsPayload;
  /** The district recommends a city-level application under its review to the city, or declines to, with reasons. */
  recommendApplication: RecommendApplicationPayload;
  /** Records the next step of the on-site procedure, in order: report heard, documents reviewed, forum and questionnaire held (with results), site inspected, scores given, feedback given. */
  recordEvaluationStep: RecordEvaluationStepPayload;
  /** Records and publishes a batch of indicator values, idempotently: a value equal to the current one (value, provenance and document) changes nothing, so re-sending a batch changes nothing; a different value for the same indicator, community and year is a correction that supersedes the current value without erasing it. Everything that changed is published in one new edition; all or nothing. */
  recordObservations: RecordObservationsPayload;
  /** Records the city's resolution of an objection; an upheld objection removes the candidate. */
  resolveObjection: ResolveObjectionPayload;
  /** The district's review of an application in its district: begin the review, grant the district-level title, return it for revision with a deadline, or reject it. */
  reviewApplication: ReviewApplicationPayload;
  /** Revokes an API key: from the next request on, calls with it are refused (INVALID_API_KEY). */
  revokeApiKey: RevokeApiKeyPayload;
  /** Revokes a published title from today, with a reason. The award stays public with its revocation; nothing is deleted. */
  revokeAward: RevokeAwardPayload;
  /** Gives your points for indicators, after the site inspection and before the scores are closed; each within 0..the indicator's maximum. */
  scoreIndicators: ScoreIndicatorsPayload;
  /** Submits (or resubmits) your application to the district. The gates are judged from the recorded facts; a failed gate vetoes the application (GateFailedError) and the verdict is kept. */
  submitApplication: SubmitApplicationPayload;
  /** Records your self-assessed score and the gate facts (occupancy, penalty cases, complaints), while the application is a draft or returned for revision. */
  updateSelfAssessment: UpdateSelfAssessmentPayload;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationAssignPanelArgs = {
  input: AssignPanelInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationAttachEvidenceArgs = {
  input: AttachEvidenceInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationCompleteEvaluationArgs = {
  input: CompleteEvaluationInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationCreateApplicationArgs = {
  input: CreateApplicationInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationDecideCollectiveReviewArgs = {
  input: DecideCollectiveReviewInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationFileObjectionArgs = {
  input: FileObjectionInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationFormPanelArgs = {
  input: FormPanelInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationIssueApiKeyArgs = {
  input: IssueApiKeyInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationOpenPublicityArgs = {
  input: OpenPublicityInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationPublishResultsArgs = {
  input: PublishResultsInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationRecommendApplicationArgs = {
  input: RecommendApplicationInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationRecordEvaluationStepArgs = {
  input: RecordEvaluationStepInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationRecordObservationsArgs = {
  input: RecordObservationsInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationResolveObjectionArgs = {
  input: ResolveObjectionInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationReviewApplicationArgs = {
  input: ReviewApplicationInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationRevokeAwardArgs = {
  input: RevokeAwardInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationScoreIndicatorsArgs = {
  input: ScoreIndicatorsInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationSubmitApplicationArgs = {
  input: SubmitApplicationInput;
};


/** The programme's workflow, one mutation per action. Each takes one input and returns a payload with the changed object and typed business-rule errors; each is one transaction. */
export type MutationUpdateSelfAssessmentArgs = {
  input: UpdateSelfAssessmentInput;
};

/** An object with a stable, opaque global ID; fetch any of them with node(id:). */
export type Node = {
  /** The object's opaque global ID. */
  id: Scalars['ID']['output'];
};

/** The community may not apply, e.g. for the city-level title without a valid district-level title. */
export type NotEligibleError = Error & {
  __typename?: 'NotEligibleError';
  /** Always NOT_ELIGIBLE. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** The record does not exist, or you may not see it. */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  /** Always NOT_FOUND. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** Count, mean, median, minimum and maximum of the values in a group (null when it has none). */
export type NumberSummary = {
  __typename?: 'NumberSummary';
  /** How many values. */
  count: Scalars['Int']['output'];
  /** The group. */
  group: StatisticsGroup;
  /** The largest value. */
  max?: Maybe<Scalars['Float']['output']>;
  /** The arithmetic mean. */
  mean?: Maybe<Scalars['Float']['output']>;
  /** The median (mean of the two middle values when the count is even). */
  median?: Maybe<Scalars['Float']['output']>;
  /** The smallest value. */
  min?: Maybe<Scalars['Float']['output']>;
};

/** An objection raised during a publicity period, as the city sees it (city administrators only). */
export type Objection = Node & {
  __typename?: 'Objection';
  /** The candidate objected to. */
  application: Application;
  /** Evidence offered. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** When it was filed (UTC). */
  filedAt: Scalars['DateTime']['output'];
  /** The objection's opaque global ID. */
  id: Scalars['ID']['output'];
  /** How to reach the objector; personal data, never published. */
  objectorContact?: Maybe<Scalars['String']['output']>;
  /** The objector's reasons. */
  reasons: Scalars['String']['output'];
  /** The city's resolution. */
  resolution: ObjectionResolution;
  /** The city's reasons. */
  resolutionNote?: Maybe<Scalars['String']['output']>;
  /** When it was resolved (UTC). */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Confirmation that an objection was filed: its reference and time. Quote the reference to the city. */
export type ObjectionReceipt = {
  __typename?: 'ObjectionReceipt';
  /** When it was filed (UTC). */
  filedAt: Scalars['DateTime']['output'];
  /** The objection's global ID. */
  reference: Scalars['ID']['output'];
};

/** How the city resolved an objection. */
export type ObjectionResolution =
  /** Dismissed: the candidate stays. */
  | 'DISMISSED'
  /** Not yet resolved. */
  | 'PENDING'
  /** Upheld: the candidate is removed. */
  | 'UPHELD';

/** A published value of an indicator for a community and year, with where it came from. */
export type Observation = Node & {
  __typename?: 'Observation';
  /** The community measured. */
  community: Community;
  /** The observation's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The indicator measured. */
  indicator: IndicatorDefinition;
  /** Where the value comes from. */
  provenance: Provenance;
  /** When the value was published (UTC). */
  publishedAt: Scalars['DateTime']['output'];
  /** When the value was recorded (UTC). */
  recordedAt: Scalars['DateTime']['output'];
  /** True when the value was invented for the sample dataset. */
  sample: Scalars['Boolean']['output'];
  /** The document the value was taken from. */
  sourceDocument?: Maybe<Scalars['String']['output']>;
  /** The value, in the indicator's unit. */
  value: Scalars['Float']['output'];
  /** The calendar year the value describes. */
  year: Scalars['Int']['output'];
};

/** What a batch of values did. */
export type ObservationBatch = {
  __typename?: 'ObservationBatch';
  /** Values published for the first time. */
  added: Scalars['Int']['output'];
  /** Published values corrected: superseded by the new value, kept on record and in earlier editions. */
  corrected: Scalars['Int']['output'];
  /** The edition that published the changes; null when nothing changed. */
  edition?: Maybe<Edition>;
  /** The current value for each input, in input order. */
  observations: Array<Observation>;
  /** Values equal to the current ones: nothing was done for them. */
  unchanged: Scalars['Int']['output'];
};

/** A page of Observation items, with cursors for the next and previous pages. */
export type ObservationConnection = {
  __typename?: 'ObservationConnection';
  /** The items of the page with their cursors. */
  edges: Array<ObservationEdge>;
  /** The items of the page, without cursors. */
  nodes: Array<Observation>;
  /** Where the page sits in the whole list. */
  pageInfo: PageInfo;
  /** The number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Observation with its cursor. */
export type ObservationEdge = {
  __typename?: 'ObservationEdge';
  /** An opaque cursor for this position; pass it as 'after' or 'before'. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Observation;
};

/** Conditions on observations; every condition given must hold. */
export type ObservationFilter = {
  /** The community's code. */
  community?: InputMaybe<StringFilter>;
  /** The community's current district code. */
  district?: InputMaybe<StringFilter>;
  /** The indicator's code, e.g. { eq: "waste-sorting-participation" }. */
  indicator?: InputMaybe<StringFilter>;
  /** Where the value comes from. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** The year, e.g. { gte: 2001, lte: 2002 }. */
  year?: InputMaybe<IntFilter>;
};

/** One indicator value for a community and year. */
export type ObservationInput = {
  /** The community's code, e.g. YX-QIAOYUAN. */
  community: Scalars['String']['input'];
  /** The indicator's code, e.g. waste-sorting-participation. */
  indicator: Scalars['String']['input'];
  /** Where the value comes from. */
  provenance: Provenance;
  /** The document it was taken from (at most 500 characters). */
  sourceDocument?: InputMaybe<Scalars['String']['input']>;
  /** The value in the indicator's unit (percent 0..100, whole counts, flags 0 or 1); kept to 4 decimals. */
  value: Scalars['Float']['input'];
  /** The calendar year the value describes. */
  year: Scalars['Int']['input'];
};

/** A sort key for observations; later keys break ties of earlier ones. */
export type ObservationOrder = {
  /** The direction; ASC when omitted. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: ObservationOrderField;
};

/** The fields observations can be sorted by. */
export type ObservationOrderField =
  /** Community code. */
  | 'COMMUNITY'
  /** Indicator code. */
  | 'INDICATOR'
  /** Value. */
  | 'VALUE'
  /** Year. */
  | 'YEAR';

/** The business-rule errors OpenPublicity can return. */
export type OpenPublicityError = ConflictError | DuplicateError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** The campaign whose candidates to announce. */
export type OpenPublicityInput = {
  /** The city-level campaign's global ID. */
  campaign: Scalars['ID']['input'];
  /** The notice's title. */
  title: LocalizedTextInput;
};

/** The result of openPublicity: the publicityNotice and any business-rule errors. */
export type OpenPublicityPayload = {
  __typename?: 'OpenPublicityPayload';
  /** Business-rule errors; empty on success. */
  errors: Array<OpenPublicityError>;
  /** The notice, public from now on. */
  publicityNotice?: Maybe<PublicityNotice>;
};

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Your role allows the action, but not on this record: another community, district or panel. */
export type OutOfScopeError = Error & {
  __typename?: 'OutOfScopeError';
  /** Always OUT_OF_SCOPE. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** Where a page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of the page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An on-site evaluation panel (评审组). Its members are visible to the city only; their contacts never. */
export type Panel = Node & {
  __typename?: 'Panel';
  /** The panel's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The evaluators on the panel (city administrators only). */
  members: Array<PanelMember>;
  /** The panel's name. */
  name: Scalars['String']['output'];
};

/** An evaluator on a panel. Contact details are never exposed. */
export type PanelMember = {
  __typename?: 'PanelMember';
  /** The evaluator's name. */
  displayName: Scalars['String']['output'];
  /** The evaluator's sign-in subject. */
  subject: Scalars['String']['output'];
};

/** An evaluator to seat on a panel. */
export type PanelMemberInput = {
  /** Phone or e-mail; kept for the city, never published. */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** Their name. */
  displayName: Scalars['String']['input'];
  /** Their sign-in subject (the token's sub claim). */
  subject: Scalars['String']['input'];
};

/** The minimum panel score for a title level. */
export type PassMark = {
  __typename?: 'PassMark';
  /** The title level. */
  level: TitleLevel;
  /** The minimum panel score. */
  minimumScore: Scalars['Float']['output'];
};

/** What the city tracks besides titles: funding, training and exchange, publicity. */
export type ProgrammeMetrics = {
  __typename?: 'ProgrammeMetrics';
  /** First year included; null for no lower bound. */
  fromYear?: Maybe<Scalars['Int']['output']>;
  /** Money spent, by year then source. */
  funding: Array<FundingRecord>;
  /** Publicity work, by year then kind. */
  publicity: Array<PublicityActivity>;
  /** Last year included; null for no upper bound. */
  toYear?: Maybe<Scalars['Int']['output']>;
  /** The sum of the funding listed, in yuan. */
  totalFundingYuan: Scalars['Float']['output'];
  /** Training and exchange, by year then kind. */
  training: Array<TrainingRecord>;
};

/** Where an indicator value comes from. */
export type Provenance =
  /** From an official record. */
  | 'OFFICIAL_RECORD'
  /** Checked by an evaluation panel on site. */
  | 'PANEL_VERIFIED'
  /** Reported by the community itself. */
  | 'SELF_REPORTED'
  /** From a resident survey. */
  | 'SURVEY';

/** Conditions on a Provenance value. */
export type ProvenanceFilter = {
  /** Equal to. */
  eq?: InputMaybe<Provenance>;
  /** One of these values. */
  in?: InputMaybe<Array<Provenance>>;
};

/** Publicity work done in a year. */
export type PublicityActivity = {
  __typename?: 'PublicityActivity';
  /** What was done. */
  description: Scalars['String']['output'];
  /** The district, when one district did it. */
  district?: Maybe<District>;
  /** What kind of publicity. */
  kind: PublicityKind;
  /** How many (copies, events, districts...). */
  quantity: Scalars['Int']['output'];
  /** True when the report gives the quantity as "more than" this figure. */
  quantityIsMinimum: Scalars['Boolean']['output'];
  /** True when the record was invented for the sample dataset rather than taken from the report. */
  sample: Scalars['Boolean']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** Kinds of publicity work. */
export type PublicityKind =
  /** Booklets handed out. */
  | 'BOOKLETS'
  /** Events on World Environment Day (5 June). */
  | 'ENVIRONMENT_DAY_EVENTS'
  /** Letters to households. */
  | 'LETTERS_TO_HOUSEHOLDS'
  /** Press, TV and radio coverage. */
  | 'MEDIA_COVERAGE'
  /** Posters printed. */
  | 'POSTERS';

/** Results cannot be published yet: the publicity period runs or objections are unresolved. */
export type PublicityNotFinishedError = Error & {
  __typename?: 'PublicityNotFinishedError';
  /** Always PUBLICITY_NOT_FINISHED. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** The public announcement (公示) of a campaign's candidate list, open to objection until its deadline. Objectors' identities are never public. */
export type PublicityNotice = Node & {
  __typename?: 'PublicityNotice';
  /** The campaign whose candidates are announced. */
  campaign: Campaign;
  /** The candidate communities announced, by English name. */
  candidates: Array<Community>;
  /** The notice's opaque global ID. */
  id: Scalars['ID']['output'];
  /** Last day on which objections are accepted. */
  objectionDeadline: Scalars['Date']['output'];
  /** True while objections may be filed (today is within the publicity period). */
  open: Scalars['Boolean']['output'];
  /** First day of the publicity period. */
  openedOn: Scalars['Date']['output'];
  /** When the notice was made public (UTC). */
  publishedAt: Scalars['DateTime']['output'];
  /** True when the record was invented for the sample dataset. */
  sample: Scalars['Boolean']['output'];
  /** The notice's title. */
  title: LocalizedText;
};

/** A page of PublicityNotice items, with cursors for the next and previous pages. */
export type PublicityNoticeConnection = {
  __typename?: 'PublicityNoticeConnection';
  /** The items of the page with their cursors. */
  edges: Array<PublicityNoticeEdge>;
  /** The items of the page, without cursors. */
  nodes: Array<PublicityNotice>;
  /** Where the page sits in the whole list. */
  pageInfo: PageInfo;
  /** The number of items in the whole list, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A PublicityNotice with its cursor. */
export type PublicityNoticeEdge = {
  __typename?: 'PublicityNoticeEdge';
  /** An opaque cursor for this position; pass it as 'after' or 'before'. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PublicityNotice;
};

/** Publicity work in a group. */
export type PublicityTotal = {
  __typename?: 'PublicityTotal';
  /** Activities recorded. */
  activities: Scalars['Int']['output'];
  /** The group. */
  group: StatisticsGroup;
  /** Their total quantity (copies, events, districts...). */
  quantity: Scalars['Int']['output'];
};

/** The business-rule errors PublishResults can return. */
export type PublishResultsError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | PublicityNotFinishedError | WrongStateError;

/** The campaign whose results to publish. */
export type PublishResultsInput = {
  /** The campaign's global ID. */
  campaign: Scalars['ID']['input'];
};

/** The result of publishResults: the campaign and any business-rule errors. */
export type PublishResultsPayload = {
  __typename?: 'PublishResultsPayload';
  /** The campaign with its published results. */
  campaign?: Maybe<Campaign>;
  /** Business-rule errors; empty on success. */
  errors: Array<PublishResultsError>;
};

/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type Query = {
  __typename?: 'Query';
  /** One application by global ID; null when it does not exist or you may not see it. */
  application?: Maybe<Application>;
  /** Applications you may see, newest first: the city sees all; a reviewer, their districts'; an applicant, their community's; an evaluator, their panels'. */
  applications: ApplicationConnection;
  /** Titles granted and published: the journalist's list. Newest year first, then by community name, unless orderBy says otherwise. Read from the latest edition, or the one asOf names; cursors keep paging through the edition they came from. */
  awards: AwardConnection;
  /** A campaign's progress board: how many applications stand in each state. */
  campaignProgress: Array<StatusCount>;
  /** Announced campaigns, newest year first, district level before city level. */
  campaigns: CampaignConnection;
  /** Communities, filtered and sorted; by English name when no order is given. */
  communities: CommunityConnection;
  /** One community by global ID or by its code; give exactly one of them. */
  community?: Maybe<Community>;
  /** One scheme version by code; the latest version when no version is given. */
  criteriaScheme?: Maybe<CriteriaScheme>;
  /** Every published version of the scoring standard, by code and version. */
  criteriaSchemes: Array<CriteriaScheme>;
  /** The open dataset: licence, latest edition, bulk download links and the data dictionary. */
  dataset: DatasetInfo;
  /** A district, current or former, by its administrative code (e.g. 440104 for Yuexiu). */
  district?: Maybe<District>;
  /** Applications waiting for your district's review (submitted or under review), oldest first. */
  districtQueue: ApplicationConnection;
  /** Current districts by code; includeFormer adds merged-away ones (Dongshan, Fangcun). */
  districts: Array<District>;
  /** One edition by number or date; the latest when neither is given. */
  edition?: Maybe<Edition>;
  /** Citable, immutable editions of the published data, newest first. */
  editions: EditionConnection;
  /** Every indicator the programme measures, by code. */
  indicators: Array<IndicatorDefinition>;
  /** Any object by its global ID; null when it does not exist or is not published. */
  node?: Maybe<Node>;
  /** Objects by global ID, in the order asked (at most 100); null where one does not exist or is not published, and null with an INVALID_ID error at its index where an ID is malformed. */
  nodes: Array<Maybe<Node>>;
  /** The objections to a publicity notice, oldest first (city administrators only). */
  objections: Array<Objection>;
  /** Published indicator values (corrections replace what they correct), by indicator, community and year unless orderBy says otherwise. Read from the latest edition, or the one asOf names (corrections published later not applied); cursors keep paging through the edition they came from. */
  observations: ObservationConnection;
  /** Applications assigned to the panels you sit on, oldest first. */
  panelAssignments: ApplicationConnection;
  /** Funding, training and publicity, for a range of years (all years when none is given). */
  programmeMetrics: ProgrammeMetrics;
  /** What the Atom feed (/feeds/publications.atom) carries: new editions and publicity notices with their objection deadlines, newest first. */
  publicationFeed: Array<FeedEntry>;
  /** Published publicity notices, newest first; activeOnly keeps those still open to objection. */
  publicityNotices: PublicityNoticeConnection;
  /** Aggregates computed in the database: award counts, score distributions, indicator statistics, programme metrics and questionnaire results. */
  statistics: Statistics;
  /** Who you are signed in as, and what you may act on; null when not signed in. */
  viewer?: Maybe<Viewer>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ApplicationFilter>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryAwardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<EditionRef>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AwardOrder>>;
  where?: InputMaybe<AwardFilter>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryCampaignProgressArgs = {
  campaign: Scalars['ID']['input'];
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<CampaignFilter>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CommunityOrder>>;
  where?: InputMaybe<CommunityFilter>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryCommunityArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryCriteriaSchemeArgs = {
  code: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryDistrictArgs = {
  code: Scalars['String']['input'];
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryDistrictQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryDistrictsArgs = {
  includeFormer?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryEditionArgs = {
  ref?: InputMaybe<EditionRef>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryEditionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryObjectionsArgs = {
  notice: Scalars['ID']['input'];
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryObservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<EditionRef>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ObservationOrder>>;
  where?: InputMaybe<ObservationFilter>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryPanelAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryProgrammeMetricsArgs = {
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryPublicationFeedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads of the Green Community programme. Public fields show published data only and need no sign-in; the workflow fields (viewer, applications, queues, objections) need a token and show only what your role and scope allow. */
export type QueryPublicityNoticesArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Resident questionnaire results of the on-site evaluations of published campaigns, aggregated over a group of communities. YEAR × DISTRICT cells with fewer communities than the minimum group size are suppressed and left out of every figure, whatever the grouping (totals included); the questionnaire answers of a single community appear in no aggregate. */
export type QuestionnaireAggregate = {
  __typename?: 'QuestionnaireAggregate';
  /** Share (0..1) of the respondents counted who are aware of the programme; null when suppressed. */
  awareShare?: Maybe<Scalars['Float']['output']>;
  /** YEAR × DISTRICT cells of the group left out of the figures for being below the minimum group size. */
  cellsLeftOut: Scalars['Int']['output'];
  /** Communities surveyed in the group, whether its figures count them or not (a community surveyed in two years counts in each). */
  communities: Scalars['Int']['output'];
  /** Communities of the group in YEAR × DISTRICT cells below the minimum group size: their answers are in none of the figures (nor in any other grouping or total). */
  communitiesLeftOut: Scalars['Int']['output'];
  /** The group. */
  group: StatisticsGroup;
  /** Respondents in the cells counted; null when suppressed. */
  respondents?: Maybe<Scalars['Int']['output']>;
  /** Share (0..1) of the respondents counted who are satisfied with the community's environment; null when suppressed. */
  satisfiedShare?: Maybe<Scalars['Float']['output']>;
  /** True when none of the group's YEAR × DISTRICT cells reaches the minimum group size: the figures are withheld. */
  suppressed: Scalars['Boolean']['output'];
};

/** Aggregate results of the resident questionnaire. */
export type QuestionnaireInput = {
  /** Respondents aware of the programme. */
  awareOfProgramme: Scalars['Int']['input'];
  /** Residents who answered (at least 1). */
  respondents: Scalars['Int']['input'];
  /** Respondents satisfied with the environment. */
  satisfied: Scalars['Int']['input'];
};

/** Aggregate results of a resident questionnaire: counts only, never individual answers. */
export type QuestionnaireResult = {
  __typename?: 'QuestionnaireResult';
  /** Respondents aware of the Green Community programme. */
  awareOfProgramme: Scalars['Int']['output'];
  /** Residents who answered. */
  respondents: Scalars['Int']['output'];
  /** Respondents satisfied with the community's environment. */
  satisfied: Scalars['Int']['output'];
};

/** Too many of these from you; wait and try again. */
export type RateLimitedError = Error & {
  __typename?: 'RateLimitedError';
  /** Always RATE_LIMITED. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** The business-rule errors RecommendApplication can return. */
export type RecommendApplicationError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** The district's recommendation of a city-level application. */
export type RecommendApplicationInput = {
  /** The application's global ID. */
  application: Scalars['ID']['input'];
  /** The reasons. */
  reasons: Scalars['String']['input'];
  /** True to recommend to the city, false to decline. */
  recommend: Scalars['Boolean']['input'];
  /** The application's version as you read it; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The result of recommendApplication: the application and any business-rule errors. */
export type RecommendApplicationPayload = {
  __typename?: 'RecommendApplicationPayload';
  /** The application as it now stands. */
  application?: Maybe<Application>;
  /** Business-rule errors; empty on success. */
  errors: Array<RecommendApplicationError>;
};

/** The business-rule errors RecordEvaluationStep can return. */
export type RecordEvaluationStepError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | StepOutOfOrderError | WrongStateError;

/** The next step of the on-site procedure. */
export type RecordEvaluationStepInput = {
  /** The application's global ID. */
  application: Scalars['ID']['input'];
  /** The evaluation's version as you read it; a stale version is refused with CONFLICT. */
  evaluationVersion: Scalars['Int']['input'];
  /** The panel's notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The questionnaire's results; required for FORUM_AND_QUESTIONNAIRE_HELD only. */
  questionnaire?: InputMaybe<QuestionnaireInput>;
  /** The step; it must be the next one. */
  step: EvaluationStep;
};

/** The result of recordEvaluationStep: the application and any business-rule errors. */
export type RecordEvaluationStepPayload = {
  __typename?: 'RecordEvaluationStepPayload';
  /** The application as it now stands. */
  application?: Maybe<Application>;
  /** Business-rule errors; empty on success. */
  errors: Array<RecordEvaluationStepError>;
};

/** The business-rule errors RecordObservations can return. */
export type RecordObservationsError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** A batch of indicator values to record and publish. */
export type RecordObservationsInput = {
  /** The values, 1 to 1000; at most one per indicator, community and year. */
  observations: Array<ObservationInput>;
  /** Why, recorded as the edition's reason (e.g. "2003 year-end self-reports"). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The result of recordObservations: the batch and any business-rule errors. */
export type RecordObservationsPayload = {
  __typename?: 'RecordObservationsPayload';
  /** What the batch did; null when it was refused. */
  batch?: Maybe<ObservationBatch>;
  /** Business-rule errors; empty on success. */
  errors: Array<RecordObservationsError>;
};

/** The business-rule errors ResolveObjection can return. */
export type ResolveObjectionError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** The city's resolution of an objection. */
export type ResolveObjectionInput = {
  /** The city's reasons. */
  note: Scalars['String']['input'];
  /** The objection's global ID. */
  objection: Scalars['ID']['input'];
  /** True to uphold (the candidate is removed), false to dismiss. */
  upheld: Scalars['Boolean']['input'];
};

/** The result of resolveObjection: the objection and any business-rule errors. */
export type ResolveObjectionPayload = {
  __typename?: 'ResolveObjectionPayload';
  /** Business-rule errors; empty on success. */
  errors: Array<ResolveObjectionError>;
  /** The objection with its resolution. */
  objection?: Maybe<Objection>;
};

/** The business-rule errors ReviewApplication can return. */
export type ReviewApplicationError = BelowPassMarkError | ConflictError | DuplicateError | InvalidInputError | NotFoundError | OutOfScopeError | ScoreOutOfRangeError | WrongStateError;

/** The district's decision on an application. */
export type ReviewApplicationInput = {
  /** The application's global ID. */
  application: Scalars['ID']['input'];
  /** The decision. */
  decision: ReviewDecision;
  /** Reasons; required to return or reject. */
  reasons?: InputMaybe<Scalars['String']['input']>;
  /** The deadline to resubmit; required to return. */
  revisionDeadline?: InputMaybe<Scalars['Date']['input']>;
  /** The district's score, when awarding; it must reach the district-level pass mark. */
  score?: InputMaybe<Scalars['Float']['input']>;
  /** The application's version as you read it; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The result of reviewApplication: the application and any business-rule errors. */
export type ReviewApplicationPayload = {
  __typename?: 'ReviewApplicationPayload';
  /** The application as it now stands. */
  application?: Maybe<Application>;
  /** Business-rule errors; empty on success. */
  errors: Array<ReviewApplicationError>;
};

/** The district's decisions on an application. */
export type ReviewDecision =
  /** Grant the district-level title (district-level campaigns); published with the campaign's results. */
  | 'AWARD'
  /** Begin the review of a submitted application. */
  | 'BEGIN_REVIEW'
  /** Reject (district-level campaigns); give reasons. */
  | 'REJECT'
  /** Return for revision; give reasons and a deadline. */
  | 'RETURN';

/** The city's revocation of a title: published, never a silent delete. */
export type Revocation = {
  __typename?: 'Revocation';
  /** Why the title was revoked. */
  reason: Scalars['String']['output'];
  /** The day the title stopped being valid. */
  revokedOn: Scalars['Date']['output'];
};

/** The business-rule errors RevokeApiKey can return. */
export type RevokeApiKeyError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** The key to revoke. */
export type RevokeApiKeyInput = {
  /** The key record's global ID. */
  apiKey: Scalars['ID']['input'];
};

/** The result of revokeApiKey: the apiKey and any business-rule errors. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The key record with its revocation. */
  apiKey?: Maybe<ApiKey>;
  /** Business-rule errors; empty on success. */
  errors: Array<RevokeApiKeyError>;
};

/** The business-rule errors RevokeAward can return. */
export type RevokeAwardError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** The title to revoke and why. */
export type RevokeAwardInput = {
  /** The award's global ID. */
  award: Scalars['ID']['input'];
  /** Why; published with the revocation. */
  reason: Scalars['String']['input'];
};

/** The result of revokeAward: the award and any business-rule errors. */
export type RevokeAwardPayload = {
  __typename?: 'RevokeAwardPayload';
  /** The award with its revocation. */
  award?: Maybe<Award>;
  /** Business-rule errors; empty on success. */
  errors: Array<RevokeAwardError>;
};

/** A bin of the score histogram: from (included) to (excluded; the last bin includes it). */
export type ScoreBin = {
  __typename?: 'ScoreBin';
  /** Awards with a score in the bin. */
  count: Scalars['Int']['output'];
  /** Lower bound, included. */
  from: Scalars['Float']['output'];
  /** Upper bound, excluded (included for the last bin). */
  to: Scalars['Float']['output'];
};

/** The distribution of the panel scores of published, scored awards. */
export type ScoreDistribution = {
  __typename?: 'ScoreDistribution';
  /** The histogram, from the lowest bin holding a score to the highest. */
  bins: Array<ScoreBin>;
  /** Count, mean, median, minimum and maximum. */
  summary: NumberSummary;
};

/** The business-rule errors ScoreIndicators can return. */
export type ScoreIndicatorsError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | ScoreOutOfRangeError | WrongStateError;

/** Your points for indicators; a later score for the same indicator replaces yours. */
export type ScoreIndicatorsInput = {
  /** The application's global ID. */
  application: Scalars['ID']['input'];
  /** The evaluation's version as you read it; a stale version is refused with CONFLICT. */
  evaluationVersion: Scalars['Int']['input'];
  /** Points per indicator (at most 100). */
  scores: Array<IndicatorPointsInput>;
};

/** The result of scoreIndicators: the application and any business-rule errors. */
export type ScoreIndicatorsPayload = {
  __typename?: 'ScoreIndicatorsPayload';
  /** The application as it now stands. */
  application?: Maybe<Application>;
  /** Business-rule errors; empty on success. */
  errors: Array<ScoreIndicatorsError>;
};

/** A score outside 0..the indicator's (or scheme's) maximum. Nothing was kept. */
export type ScoreOutOfRangeError = Error & {
  __typename?: 'ScoreOutOfRangeError';
  /** Always SCORE_OUT_OF_RANGE. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** Aggregates computed in the database over published data (as of an edition where asOf is offered). */
export type Statistics = {
  __typename?: 'Statistics';
  /** Counts of published awards by DISTRICT_AT_AWARD, DISTRICT, YEAR, LEVEL and/or COMMUNITY_KIND, ordered by the group's values. */
  awardCounts: Array<AwardCount>;
  /** Funding totals by YEAR, SOURCE, DISTRICT and/or SUPPORT_CATEGORY. */
  funding: Array<FundingTotal>;
  /** Count, mean, median, minimum and maximum of an indicator's published values, by DISTRICT (current), YEAR and/or COMMUNITY_KIND. */
  indicatorStatistics: Array<NumberSummary>;
  /** Publicity work by YEAR, KIND and/or DISTRICT. */
  publicity: Array<PublicityTotal>;
  /** Resident questionnaire results of the on-site evaluations of campaigns whose results are published, by YEAR and/or DISTRICT (current). Only aggregates are published. A YEAR × DISTRICT cell with fewer communities than the minimum group size (operator setting OpenData:MinimumGroupSize, 5 by default) is suppressed, and every figure of every grouping, totals included, is computed from the publishable cells only: a suppressed cell's answers are in no published number, so none can be recovered by subtracting one grouping from another. communitiesLeftOut and cellsLeftOut say what each group leaves out. */
  questionnaires: Array<QuestionnaireAggregate>;
  /** The distribution of panel scores of published, scored awards: summary and histogram. */
  scoreDistribution: ScoreDistribution;
  /** Training batches and attendance by YEAR and/or KIND. */
  training: Array<TrainingTotal>;
};


/** Aggregates computed in the database over published data (as of an edition where asOf is offered). */
export type StatisticsAwardCountsArgs = {
  asOf?: InputMaybe<EditionRef>;
  groupBy: Array<StatisticsGroupKey>;
  where?: InputMaybe<AwardFilter>;
};


/** Aggregates computed in the database over published data (as of an edition where asOf is offered). */
export type StatisticsFundingArgs = {
  groupBy: Array<StatisticsGroupKey>;
  year?: InputMaybe<IntFilter>;
};


/** Aggregates computed in the database over published data (as of an edition where asOf is offered). */
export type StatisticsIndicatorStatisticsArgs = {
  asOf?: InputMaybe<EditionRef>;
  district?: InputMaybe<StringFilter>;
  groupBy: Array<StatisticsGroupKey>;
  indicator: Scalars['String']['input'];
  year?: InputMaybe<IntFilter>;
};


/** Aggregates computed in the database over published data (as of an edition where asOf is offered). */
export type StatisticsPublicityArgs = {
  groupBy: Array<StatisticsGroupKey>;
};


/** Aggregates computed in the database over published data (as of an edition where asOf is offered). */
export type StatisticsQuestionnairesArgs = {
  groupBy: Array<StatisticsGroupKey>;
};


/** Aggregates computed in the database over published data (as of an edition where asOf is offered). */
export type StatisticsScoreDistributionArgs = {
  asOf?: InputMaybe<EditionRef>;
  binWidth?: InputMaybe<Scalars['Float']['input']>;
  where?: InputMaybe<AwardFilter>;
};


/** Aggregates computed in the database over published data (as of an edition where asOf is offered). */
export type StatisticsTrainingArgs = {
  groupBy: Array<StatisticsGroupKey>;
};

/** The values of the dimensions a row stands for. A dimension not grouped by is null (the row covers all its values); a grouped dimension may also be null where the records have no value for it (e.g. city-wide funding has no district). */
export type StatisticsGroup = {
  __typename?: 'StatisticsGroup';
  /** COMMUNITY_KIND. */
  communityKind?: Maybe<CommunityKind>;
  /** DISTRICT or DISTRICT_AT_AWARD. */
  district?: Maybe<District>;
  /** KIND: the TrainingKind or PublicityKind value. */
  kind?: Maybe<Scalars['String']['output']>;
  /** LEVEL. */
  level?: Maybe<TitleLevel>;
  /** SOURCE. */
  source?: Maybe<Scalars['String']['output']>;
  /** SUPPORT_CATEGORY. */
  supportCategory?: Maybe<SupportCategory>;
  /** YEAR. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** A dimension to group a statistic by; each statistic says which it accepts. */
export type StatisticsGroupKey =
  /** The community's kind. */
  | 'COMMUNITY_KIND'
  /** The community's current district; for funding and publicity, the district concerned. */
  | 'DISTRICT'
  /** Awards: the district the award was made in (former districts such as Dongshan kept). */
  | 'DISTRICT_AT_AWARD'
  /** Training or publicity: the kind. */
  | 'KIND'
  /** Awards: the title level. */
  | 'LEVEL'
  /** Funding: who paid. */
  | 'SOURCE'
  /** Funding: the support category. */
  | 'SUPPORT_CATEGORY'
  /** The year (campaign year, observation year, funding year...). */
  | 'YEAR';

/** How many of a campaign's applications stand in one state. */
export type StatusCount = {
  __typename?: 'StatusCount';
  /** How many applications. */
  count: Scalars['Int']['output'];
  /** The state. */
  status: ApplicationStatus;
};

/** An on-site step recorded out of the procedure's order. */
export type StepOutOfOrderError = Error & {
  __typename?: 'StepOutOfOrderError';
  /** Always STEP_OUT_OF_ORDER. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

/** A street or subdistrict office (街道), the level between district and community. */
export type Street = Node & {
  __typename?: 'Street';
  /** A stable code. */
  code: Scalars['String']['output'];
  /** The communities under the street, by English name. */
  communities: Array<Community>;
  /** The district the street belongs to now. */
  district: District;
  /** The street's opaque global ID. */
  id: Scalars['ID']['output'];
  /** The street's name. */
  name: LocalizedText;
  /** True when the record was invented for the sample dataset. */
  sample: Scalars['Boolean']['output'];
};

/** Conditions on a text; every condition given must hold. */
export type StringFilter = {
  /** Contains this text, ignoring case (1 to 100 characters). */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Exactly equal to. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Exactly one of these values (at most 100). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The business-rule errors SubmitApplication can return. */
export type SubmitApplicationError = ConflictError | DeadlinePassedError | GateFailedError | InvalidInputError | NotFoundError | OutOfScopeError | WrongStateError;

/** The application to submit and the version you read. */
export type SubmitApplicationInput = {
  /** The application's global ID. */
  application: Scalars['ID']['input'];
  /** The application's version as you read it; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The result of submitApplication: the application and any business-rule errors. */
export type SubmitApplicationPayload = {
  __typename?: 'SubmitApplicationPayload';
  /** The application as it now stands (Rejected after a gate veto). */
  application?: Maybe<Application>;
  /** Business-rule errors; empty on success. */
  errors: Array<SubmitApplicationError>;
};

/** Live events over WebSocket (protocol graphql-transport-ws at /graphql). You receive only events about what you could query. Every `next` message carries its event's ID in `extensions.eventId`; after a reconnect, pass the last one you received as `after` to get what you missed. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Each move of an application you may see from one state to another; of one application when given. */
  applicationStatusChanged: ApplicationStatusChange;
  /** A panel's progress on one application you may see: each step recorded, then the completed score. */
  evaluationProgress: EvaluationProgress;
  /** Each publicity notice as it opens: the candidates and the objection deadline. Public. */
  publicityNoticeOpened: PublicityNotice;
  /** Each new edition of the published data as it is published: awards published or revoked, indicator data released or corrected. Public. */
  resultsPublished: Edition;
};


/** Live events over WebSocket (protocol graphql-transport-ws at /graphql). You receive only events about what you could query. Every `next` message carries its event's ID in `extensions.eventId`; after a reconnect, pass the last one you received as `after` to get what you missed. */
export type SubscriptionApplicationStatusChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  application?: InputMaybe<Scalars['ID']['input']>;
};


/** Live events over WebSocket (protocol graphql-transport-ws at /graphql). You receive only events about what you could query. Every `next` message carries its event's ID in `extensions.eventId`; after a reconnect, pass the last one you received as `after` to get what you missed. */
export type SubscriptionEvaluationProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  application: Scalars['ID']['input'];
};


/** Live events over WebSocket (protocol graphql-transport-ws at /graphql). You receive only events about what you could query. Every `next` message carries its event's ID in `extensions.eventId`; after a reconnect, pass the last one you received as `after` to get what you missed. */
export type SubscriptionPublicityNoticeOpenedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Live events over WebSocket (protocol graphql-transport-ws at /graphql). You receive only events about what you could query. Every `next` message carries its event's ID in `extensions.eventId`; after a reconnect, pass the last one you received as `after` to get what you missed. */
export type SubscriptionResultsPublishedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Funding by community category: "support by category, invest where it matters, value the soft side". */
export type SupportCategory =
  /** Poorly equipped communities: key support for facilities and programmes. */
  | 'KEY_SUPPORT'
  /** Well-equipped non-commercial communities: partial support. */
  | 'PARTIAL_SUPPORT'
  /** Not tied to a community category (city or district programmes). */
  | 'PROGRAMME'
  /** Commercial estates with full facilities: no money, education support only. */
  | 'SOFT_SUPPORT_ONLY';

/** A campaign's dates, in order, and its publicity period. */
export type TimetableInput = {
  /** Last day applications are accepted. */
  applicationsClose: Scalars['Date']['input'];
  /** First day applications are accepted. */
  applicationsOpen: Scalars['Date']['input'];
  /** Last day of on-site evaluation. */
  evaluationEnd: Scalars['Date']['input'];
  /** First day of on-site evaluation. */
  evaluationStart: Scalars['Date']['input'];
  /** Length of the publicity period in days (1 to 60). */
  publicityDays: Scalars['Int']['input'];
};

/** The level at which the Green Community title is granted. */
export type TitleLevel =
  /** City-level title, granted after on-site evaluation, collective review and publicity. Requires a valid district-level title. */
  | 'CITY'
  /** District-level title, granted by a district environmental protection bureau. */
  | 'DISTRICT';

/** Conditions on a TitleLevel value. */
export type TitleLevelFilter = {
  /** Equal to. */
  eq?: InputMaybe<TitleLevel>;
  /** One of these values. */
  in?: InputMaybe<Array<TitleLevel>>;
};

/** Kinds of training and exchange. */
export type TrainingKind =
  /** A city-wide exchange meeting. */
  | 'EXCHANGE_MEETING'
  /** Training for community managers. */
  | 'MANAGER_TRAINING'
  /** Sessions for residents. */
  | 'RESIDENT_SESSION';

/** Training and exchange held in a year. */
export type TrainingRecord = {
  __typename?: 'TrainingRecord';
  /** Person-times attending. */
  attendance: Scalars['Int']['output'];
  /** True when the report gives attendance as "more than" this figure. */
  attendanceIsMinimum: Scalars['Boolean']['output'];
  /** Number of batches (sessions). */
  batches: Scalars['Int']['output'];
  /** What happened. */
  description: Scalars['String']['output'];
  /** The day, for single events. */
  heldOn?: Maybe<Scalars['Date']['output']>;
  /** What kind of training. */
  kind: TrainingKind;
  /** True when the record was invented for the sample dataset rather than taken from the report. */
  sample: Scalars['Boolean']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** Training and exchange in a group. */
export type TrainingTotal = {
  __typename?: 'TrainingTotal';
  /** Person-times attending (some records are minimums: "more than"). */
  attendance: Scalars['Int']['output'];
  /** Batches (sessions) held. */
  batches: Scalars['Int']['output'];
  /** The group. */
  group: StatisticsGroup;
};

/** The business-rule errors UpdateSelfAssessment can return. */
export type UpdateSelfAssessmentError = ConflictError | InvalidInputError | NotFoundError | OutOfScopeError | ScoreOutOfRangeError | WrongStateError;

/** Your self-assessment and the gate facts; omitted values stay as they are. */
export type UpdateSelfAssessmentInput = {
  /** The application's global ID. */
  application: Scalars['ID']['input'];
  /** The facts the gates are judged on. */
  gateFacts?: InputMaybe<GateFactsInput>;
  /** Your score against the scheme, within 0..its maximum. */
  selfAssessedScore?: InputMaybe<Scalars['Float']['input']>;
  /** The application's version as you read it; a stale version is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The result of updateSelfAssessment: the application and any business-rule errors. */
export type UpdateSelfAssessmentPayload = {
  __typename?: 'UpdateSelfAssessmentPayload';
  /** The application as it now stands. */
  application?: Maybe<Application>;
  /** Business-rule errors; empty on success. */
  errors: Array<UpdateSelfAssessmentError>;
};

/** The signed-in caller: subject, roles and scope, as the token says. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Codes of the communities you apply for. */
  communities: Array<Scalars['String']['output']>;
  /** Codes of the districts you review for. */
  districts: Array<Scalars['String']['output']>;
  /** The programme roles: CommunityApplicant, DistrictReviewer, Evaluator, CityAdmin. */
  roles: Array<Scalars['String']['output']>;
  /** The token's subject. */
  subject: Scalars['String']['output'];
};

/** The action is not allowed in the record's current state. */
export type WrongStateError = Error & {
  __typename?: 'WrongStateError';
  /** Always WRONG_STATE. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong and what to do, in plain English. */
  message: Scalars['String']['output'];
};

export type PortalYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalYearsQuery = { __typename?: 'Query', statistics: { __typename?: 'Statistics', awardCounts: Array<{ __typename?: 'AwardCount', count: number, group: { __typename?: 'StatisticsGroup', year?: number | null, level?: TitleLevel | null } }> } };

export type PortalTitlesQueryVariables = Exact<{
  where: AwardFilter;
}>;


export type PortalTitlesQuery = { __typename?: 'Query', awards: { __typename?: 'AwardConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'Award', id: string, level: TitleLevel, year: number, score?: number | null, revocation?: { __typename?: 'Revocation', revokedOn: string } | null, districtAtAward: { __typename?: 'District', code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } }, community: { __typename?: 'Community', code: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, location?: { __typename?: 'GeoPoint', latitude: number, longitude: number } | null } }> } };

export type PortalCommunityQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type PortalCommunityQuery = { __typename?: 'Query', community?: { __typename?: 'Community', code: string, kind: CommunityKind, gated: boolean, coBuiltWith: CoBuiltWith, commercialEstate: boolean, households?: number | null, occupancyRate?: number | null, sample: boolean, name: { __typename?: 'LocalizedText', zh: string, en: string }, street: { __typename?: 'Street', name: { __typename?: 'LocalizedText', zh: string, en: string } }, district: { __typename?: 'District', code: string, name: { __typename?: 'LocalizedText', zh: string, en: string } }, awards: { __typename?: 'AwardConnection', nodes: Array<{ __typename?: 'Award', id: string, level: TitleLevel, year: number, score?: number | null, awardedOn: string, validUntil: string, revocation?: { __typename?: 'Revocation', revokedOn: string, reason: string } | null, districtAtAward: { __typename?: 'District', code: string, former: boolean, name: { __typename?: 'LocalizedText', zh: string, en: string } } }> }, observations: { __typename?: 'ObservationConnection', nodes: Array<{ __typename?: 'Observation', year: number, value: number, indicator: { __typename?: 'IndicatorDefinition', code: string, unit: string, name: { __typename?: 'LocalizedText', zh: string, en: string } } }> } } | null };

export type PortalPublicityQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalPublicityQuery = { __typename?: 'Query', publicityNotices: { __typename?: 'PublicityNoticeConnection', nodes: Array<{ __typename?: 'PublicityNotice', id: string, openedOn: string, objectionDeadline: string, open: boolean, title: { __typename?: 'LocalizedText', zh: string, en: string }, candidates: Array<{ __typename?: 'Community', id: string, code: string, name: { __typename?: 'LocalizedText', zh: string, en: string }, district: { __typename?: 'District', name: { __typename?: 'LocalizedText', zh: string, en: string } } }> }> } };

export type PortalFileObjectionMutationVariables = Exact<{
  input: FileObjectionInput;
}>;


export type PortalFileObjectionMutation = { __typename?: 'Mutation', fileObjection: { __typename?: 'FileObjectionPayload', receipt?: { __typename?: 'ObjectionReceipt', reference: string, filedAt: string } | null, errors: Array<{ __typename: 'ConflictError', code: string, message: string, field?: string | null } | { __typename: 'DeadlinePassedError', code: string, message: string, field?: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field?: string | null } | { __typename: 'NotFoundError', code: string, message: string, field?: string | null } | { __typename: 'OutOfScopeError', code: string, message: string, field?: string | null } | { __typename: 'RateLimitedError', code: string, message: string, field?: string | null } | { __typename: 'WrongStateError', code: string, message: string, field?: string | null }> } };

export type PortalOpenDataQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOpenDataQuery = { __typename?: 'Query', dataset: { __typename?: 'DatasetInfo', dictionaryUrl: string, feedUrl: string, licence: { __typename?: 'Licence', id: string, name: string, url: string, attribution: string }, latestEdition?: { __typename?: 'Edition', number: number, publishedAt: string, contentHash: string } | null, downloads: Array<{ __typename?: 'DownloadLink', dataset: string, format: string, url: string }>, dictionary: Array<{ __typename?: 'DictionaryDataset', name: string, description: string, versioned: boolean, columns: Array<{ __typename?: 'DictionaryColumn', name: string, type: string, description: string }> }>, indicators: Array<{ __typename?: 'IndicatorDefinition', code: string, unit: string, description: string, name: { __typename?: 'LocalizedText', zh: string, en: string } }> }, editions: { __typename?: 'EditionConnection', nodes: Array<{ __typename?: 'Edition', number: number, publishedAt: string, reason: string, contentHash: string, awardCount: number, observationCount: number }> } };


export const PortalYearsDocument = {"__meta__":{"hash":"sha256:de433142ba00cbbd8c7cdb13fee05186fd357c0444f7ce44abb6a091dfed96ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"},{"kind":"EnumValue","value":"LEVEL"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<PortalYearsQuery, PortalYearsQueryVariables>;
export const PortalTitlesDocument = {"__meta__":{"hash":"sha256:f398e8f417dbc2816c68224b5f4cd0dbccaa54b6899cf842fc31e326f87e2173"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalTitles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AwardFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"revocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districtAtAward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"community"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalTitlesQuery, PortalTitlesQueryVariables>;
export const PortalCommunityDocument = {"__meta__":{"hash":"sha256:e7c894221dcc004ba33b663ff7cf4431b5e750d622d7bb51cad11e47b09ed05d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"gated"}},{"kind":"Field","name":{"kind":"Name","value":"coBuiltWith"}},{"kind":"Field","name":{"kind":"Name","value":"commercialEstate"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyRate"}},{"kind":"Field","name":{"kind":"Name","value":"street"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"awardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districtAtAward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"former"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]} as unknown as DocumentNode<PortalCommunityQuery, PortalCommunityQueryVariables>;
export const PortalPublicityDocument = {"__meta__":{"hash":"sha256:57878066f025047b517285cd0fb141aa8b36181b86c81b464de7184371146ce3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPublicity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicityNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalPublicityQuery, PortalPublicityQueryVariables>;
export const PortalFileObjectionDocument = {"__meta__":{"hash":"sha256:0de1e24a242b90d4677d9d1323de1df1ebfc65bd68f79739b2714fdfda9abada"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalFileObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalFileObjectionMutation, PortalFileObjectionMutationVariables>;
export const PortalOpenDataDocument = {"__meta__":{"hash":"sha256:c1c050278789fba638b1bdb78bf1f68c0d97ad9c047641d7d7ae9d219d84dee9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalOpenData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestEdition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"downloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dictionaryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"feedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"dictionary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"versioned"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"editions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"contentHash"}},{"kind":"Field","name":{"kind":"Name","value":"awardCount"}},{"kind":"Field","name":{"kind":"Name","value":"observationCount"}}]}}]}}]}}]} as unknown as DocumentNode<PortalOpenDataQuery, PortalOpenDataQueryVariables>;