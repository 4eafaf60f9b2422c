using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GreenCommunity.Api.GraphQL.Relay;
using GreenCommunity.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GreenCommunity.Api.Tests.Authorization;

/// <summary>
/// One table of requests, run over HTTP and over WebSocket: every root query and mutation field, as every kind of
/// caller, and the limit cases. Both doors must answer each with the same outcome (the same error codes and the same
/// data), the protected fields must be refused to anonymous and role-less callers, and the caller with the right role
/// must be served. Each document runs first for the city, so every later run finds it in the document cache: the
/// path the WebSocket bypass went through.
/// </summary>
[Collection(ApiTestGroup.Name)]
public sealed class TransportParityTests(ITestOutputHelper output) : IDisposable
{
    private static readonly (string Name, string? Token)[] Principals =
    [
        ("city", TestTokens.CityAdmin()),
        ("reviewer", TestTokens.Reviewer("440105")),
        ("reviewer elsewhere", TestTokens.Reviewer("440106")),
        ("applicant", TestTokens.Applicant("HZ-RUIBAO")),
        ("applicant elsewhere", TestTokens.Applicant("YX-QIAOYUAN")),
        ("evaluator", TestTokens.Evaluator("evaluator-01")),
        ("role-less", TestTokens.RoleLess()),
        ("anonymous", null),
    ];

    private readonly ParityFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task EveryRequestGetsTheSameOutcomeOverHttpAndWebSocket()
    {
        var rows = await RowsAsync();
        await AssertCoversEveryRootFieldAsync(rows);
        var failures = new List<string>();
        var runs = 0;
        foreach (var row in rows)
        {
            foreach (var (principal, token) in Principals)
            {
                var http = Outcome.Of(await _api.ExecuteAsync(Transport.Http, row.Document, row.Variables, token));
                var socket = Outcome.Of(await _api.ExecuteAsync(Transport.WebSocket, row.Document, row.Variables, token));
                runs += 2;
                var where = $"{row.Name} as {principal}";
                if (http != socket)
                {
                    failures.Add($"{where}: HTTP {http} but WebSocket {socket}");
                }

                foreach (var (transport, outcome) in new[] { ("HTTP", http), ("WebSocket", socket) })
                {
                    if (outcome.Codes.Contains("INTERNAL_SERVER_ERROR"))
                    {
                        failures.Add($"{where} over {transport}: {outcome}");
                    }

                    var expected = row.Expected(principal);
                    if (expected is not null && outcome.Codes != expected)
                    {
                        failures.Add($"{where} over {transport}: expected [{expected}], got {outcome}");
                    }

                    if (principal == row.Allowed && (outcome.Data is null || outcome.Codes.Contains("ACCESS_DENIED")))
                    {
                        failures.Add($"{where} over {transport}: the allowed caller was not served: {outcome}");
                    }
                }
            }
        }

        output.WriteLine($"{rows.Count} requests × {Principals.Length} principals × 2 transports = {runs} executions; {failures.Count} differ or fail.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    // The rows: each root field once (a query that reaches what it guards), then the limit cases.
    private async Task<List<Row>> RowsAsync()
    {
        var city = TestTokens.CityAdmin();
        var application = (await _api.ExecuteAsync(Transport.Http, "{ applications(first: 1) { nodes { id } } }", token: city)).AssertData()["applications"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var campaign = (await _api.ExecuteAsync(Transport.Http, "{ campaigns(first: 1) { nodes { id } } }")).AssertData()["campaigns"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var notice = (await _api.ExecuteAsync(Transport.Http, "{ publicityNotices(first: 1) { nodes { id } } }")).AssertData()["publicityNotices"]!["nodes"]![0]!["id"]!.GetValue<string>();
        const string Public = "*";
        var rows = new List<Row>
        {
            Row.Query("node", "query($id: ID!) { node(id: $id) { __typename id ... on Application { status selfAssessedScore history { by comment } } } }", new { id = application }, "city"),
            Row.Query("nodes", "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids = new[] { application, campaign } }, "city"),
            Row.Query("awards", "{ awards(first: 5) { totalCount nodes { id score districtAtAward { code } } } }", null, Public),
            Row.Query("communities", "{ communities(first: 5) { totalCount nodes { id code } } }", null, Public),
            Row.Query("community", "{ community(code: \"HZ-RUIBAO\") { id code } }", null, Public),
            Row.Query("districts", "{ districts(includeFormer: true) { code } }", null, Public),
            Row.Query("district", "{ district(code: \"440105\") { code } }", null, Public),
            Row.Query("campaigns", "{ campaigns(first: 5) { totalCount nodes { id year } } }", null, Public),
            Row.Query("criteriaSchemes", "{ criteriaSchemes { code } }", null, Public),
            Row.Query("criteriaScheme", "{ criteriaScheme(code: \"GC-CRITERIA\") { code } }", null, Public),
            Row.Query("criteriaSchemeDiff", "{ criteriaSchemeDiff(code: \"GC-CRITERIA\", from: 1, to: 1) { indicatorsReweighted { code } } }", null, Public),
            Row.Query("indicators", "{ indicators { code } }", null, Public),
            Row.Query("indicator", "{ indicator(code: \"waste-sorting-participation\") { code version versions { version unit } } }", null, Public),
            Row.Query("observations", "{ observations(first: 5) { totalCount } }", null, Public),
            Row.Query("publicityNotices", "{ publicityNotices(first: 5) { totalCount nodes { id open } } }", null, Public),
            Row.Query("programmeMetrics", "{ programmeMetrics { totalFundingYuan } }", null, Public),
            Row.Query("events", "{ events(first: 5) { totalCount nodes { id kind published } } }", null, Public),
            Row.Query("outreach", "{ outreach(first: 5) { totalCount nodes { id kind published } } }", null, Public),
            Row.Query("communityPractices", "{ communityPractices(first: 5) { totalCount nodes { id kind published } } }", null, Public),
            Row.Query("statistics", "{ statistics { awardCounts(groupBy: [YEAR]) { count } } }", null, Public),
            Row.Query("editions", "{ editions(first: 3) { totalCount } }", null, Public),
            Row.Query("edition", "{ edition { number contentHash } }", null, Public),
            Row.Query("editionDiff", "{ editionDiff(from: { number: 1 }, to: { number: 1 }) { counts { awardsAdded } } }", null, Public),
            Row.Query("dataset", "{ dataset { feedUrl } }", null, Public),
            Row.Query("publicationFeed", "{ publicationFeed(first: 3) { id } }", null, Public),
            Row.Query("organisations", "{ organisations(first: 5) { totalCount nodes { id code } } }", null, Public),
            Row.Query("plans", "{ plans(year: 2002, district: \"440105\") { id results { applications cityTitles } } }", null, Public),
            Row.Query("fundingAllocations", "{ fundingAllocations(first: 5) { totalCount nodes { id amountYuan } } }", null, Public),
            Row.Query("fundingRules", "{ fundingRules { category purpose } }", null, Public),
            Row.Query("viewer", "{ viewer { subject roles communities districts } }", null, Public),
            Row.Query("applications", "{ applications(first: 5) { totalCount nodes { id status history { by comment } evaluation { scores { points } } } } }", null, "city", signedInOnly: true),
            Row.Query("application", "query($id: ID!) { application(id: $id) { id status selfAssessedScore gateFacts { occupancyRate } } }", new { id = application }, "city", signedInOnly: true),
            Row.Query("districtQueue", "{ districtQueue(first: 5) { totalCount } }", null, "reviewer", isProtected: true),
            Row.Query("panelAssignments", "{ panelAssignments(first: 5) { totalCount } }", null, "evaluator", isProtected: true),
            Row.Query("campaignProgress", "query($c: ID!) { campaignProgress(campaign: $c) { status count } }", new { c = campaign }, "city", isProtected: true),
            Row.Query("objections", "query($n: ID!) { objections(notice: $n) { reasons objectorContact } }", new { n = notice }, "city", isProtected: true),
        };

        var roles = new Dictionary<string, string> { ["applicant"] = "applicant", ["reviewer"] = "reviewer", ["evaluator"] = "evaluator", ["admin"] = "city" };
        foreach (var mutation in MutationAccessTests.Mutations())
        {
            rows.Add(Row.Mutation((string)mutation[0], (string)mutation[1], roles[(string)mutation[2]]) with { WrongRole = roles[(string)mutation[3]] });
        }

        rows.Add(Row.Mutation("fileObjection", $$"""{"notice":"{{GlobalId.Encode("PublicityNotice", 999_999)}}","community":"{{GlobalId.Encode("Community", 999_999)}}","reasons":"Illegal structures remain."}""", "anonymous", isProtected: false));
        rows.Add(Row.Mutation("issueApiKey", """{"name":"Parity table"}""", "city"));
        rows.Add(Row.Mutation("revokeApiKey", $$"""{"apiKey":"{{GlobalId.Encode("ApiKey", 999_999)}}"}""", "city"));
        rows.Add(Row.Mutation("recordObservations", """{"observations":[{"indicator":"NO-SUCH-INDICATOR","community":"HZ-RUIBAO","year":2003,"value":1,"provenance":"SELF_REPORTED"}]}""", "city"));

        var ids = Enumerable.Range(0, 101).Select(i => GlobalId.Encode("Community", i + 1)).ToArray();
        rows.Add(Row.Limit("cost", "{ communities(first: 100) { nodes { awards(first: 100) { nodes { community { name { en } } } } } } }", null, "COST_LIMIT_EXCEEDED"));
        var deep = string.Concat(Enumerable.Repeat("awards(first: 1) { nodes { community { ", 6)) + "code" + string.Concat(Enumerable.Repeat(" } } }", 6));
        rows.Add(Row.Limit("depth", "{ " + deep + " }", null, "DEPTH_LIMIT_EXCEEDED"));
        rows.Add(Row.Limit("aliases", "{ " + string.Join(' ', Enumerable.Range(0, 31).Select(i => $"a{i}: districts {{ code }}")) + " }", null, "TOO_MANY_ALIASES"));
        rows.Add(Row.Limit("document length", "{ districts { code } }" + new string(' ', 17_000), null, "DOCUMENT_TOO_LARGE"));
        rows.Add(Row.Limit("list input", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }, "LIST_INPUT_TOO_LONG"));
        return rows;
    }

    // A new root field must get a row, or this table would not cover it.
    private async Task AssertCoversEveryRootFieldAsync(List<Row> rows)
    {
        var schema = (await _api.ExecuteAsync(Transport.Http, "{ __schema { queryType { fields { name } } mutationType { fields { name } } } }")).AssertData()["__schema"]!;
        var fields = schema["queryType"]!["fields"]!.AsArray().Concat(schema["mutationType"]!["fields"]!.AsArray()).Select(f => f!["name"]!.GetValue<string>());
        var missing = fields.Except(rows.Select(r => r.Name)).ToList();
        Assert.True(missing.Count == 0, "No row for: " + string.Join(", ", missing));
    }

    // IsProtected: refused to anonymous and role-less callers (a role is required); SignedInOnly: refused to anonymous ones.
    private sealed record Row(string Name, string Document, object? Variables, string? Allowed, bool IsProtected, string? LimitCode, bool SignedInOnly = false)
    {
        public static Row Query(string name, string document, object? variables, string allowed, bool isProtected = false, bool signedInOnly = false) =>
            new(name, document, variables, allowed == "*" ? "anonymous" : allowed, isProtected, null, signedInOnly);

        public static Row Mutation(string name, string input, string allowed, bool isProtected = true)
        {
            var type = char.ToUpperInvariant(name[0]) + name[1..] + "Input";
            return new(name, $"mutation($input: {type}!) {{ {name}(input: $input) {{ __typename errors {{ __typename }} }} }}", new { input = JsonDocument.Parse(input).RootElement }, allowed, isProtected, null);
        }

        public static Row Limit(string name, string document, object? variables, string code) => new(name, document, variables, null, false, code);

        // A signed-in caller whose role may not call the field.
        public string? WrongRole { get; init; }

        // The codes this principal must get, when the row says (refusals and limits); null when only parity is checked.
        public string? Expected(string principal) =>
            LimitCode ?? ((IsProtected && principal is "anonymous" or "role-less") || (SignedInOnly && principal is "anonymous") || principal == WrongRole ? "ACCESS_DENIED" : null);
    }

    private sealed record Outcome(string Codes, string? Data)
    {
        public static Outcome Of(GraphQLResponse response) =>
            new(string.Join(",", response.ErrorCodes.Distinct().Order(StringComparer.Ordinal)), response.Data is JsonNode data ? data.ToJsonString() : null);

        public override string ToString()
        {
            var text = new StringBuilder("[").Append(Codes).Append("] ");
            text.Append(Data is null ? "no data" : Data.Length > 120 ? Data[..120] + "…" : Data);
            return text.ToString();
        }
    }

    // Its own host: anonymous objections are rate-limited per address, and this table files some.
    private sealed class ParityFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Objections:AnonymousPerHour"] = "1000",
        };
    }
}
