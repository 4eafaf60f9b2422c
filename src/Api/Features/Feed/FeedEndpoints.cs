using System.Globalization;
using System.Xml;
using GraphQL;
using GraphQL.Types;
using GreenCommunity.Api.Features.Downloads;
using GreenCommunity.Api.GraphQL.Errors;
using GreenCommunity.Api.GraphQL.Schema;
using GreenCommunity.Infrastructure.Persistence;
using GreenCommunity.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace GreenCommunity.Api.Features.Feed;

/// <summary>What a feed entry announces.</summary>
public enum FeedEntryKind
{
    /// <summary>A new edition of the published data (results, revocations, corrections, new values).</summary>
    Edition,

    /// <summary>A publicity notice: candidates announced, open to objection until a deadline.</summary>
    PublicityNotice,
}

/// <summary>An entry of the publications feed.</summary>
/// <param name="Id">A permanent, unique ID (a URN).</param>
/// <param name="Kind">What it announces.</param>
/// <param name="Title">The headline.</param>
/// <param name="Summary">A sentence or two.</param>
/// <param name="Updated">When it was published (UTC).</param>
/// <param name="Link">Where to read more, relative to the API's origin.</param>
/// <param name="Edition">The edition's number, for editions.</param>
/// <param name="ObjectionDeadline">The last day for objections, for publicity notices.</param>
public sealed record FeedEntry(string Id, FeedEntryKind Kind, string Title, string Summary, DateTime Updated, string Link, int? Edition, DateOnly? ObjectionDeadline);

/// <summary>The media's feed: new editions and publicity notices, newest first, as Atom (<c>/feeds/publications.atom</c>) and GraphQL.</summary>
public static class FeedEndpoints
{
    /// <summary>The feed's path.</summary>
    public const string Path = "/feeds/publications.atom";

    /// <summary>The most entries returned.</summary>
    public const int MaxEntries = 100;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string GreenCommunityNamespace = "urn:greencommunity:feed";

    /// <summary>Maps the Atom feed (GET and HEAD, any origin).</summary>
    public static IEndpointRouteBuilder MapPublicationFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, OpenDataHttp.Methods, WriteAtomAsync).RequireCors(OpenDataHttp.Cors);
        return endpoints;
    }

    /// <summary>Adds the GraphQL field <c>publicationFeed</c>.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedEntryType>>>>("publicationFeed")
            .Description("What the Atom feed (/feeds/publications.atom) carries: new editions and publicity notices with their objection deadlines, newest first.")
            .Argument<IntGraphType>("first", $"How many entries (1..{MaxEntries}).", a => a.DefaultValue = 20)
            .ResolveAsync(async ctx =>
            {
                var first = ctx.GetArgument("first", 20);
                if (first is < 1 or > MaxEntries)
                {
                    throw GraphQLErrors.WithCode(ErrorCodes.PageSizeOutOfRange, $"'first' must be between 1 and {MaxEntries}.");
                }

                return await EntriesAsync(ctx.Db(), ctx.UtcNow(), first, ctx.CancellationToken);
            });
    }

    /// <summary>The newest <paramref name="count"/> entries.</summary>
    public static async Task<IReadOnlyList<FeedEntry>> EntriesAsync(GreenCommunityDbContext db, DateTime now, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var editions = await db.PublishedEditions().OrderByDescending(e => e.Number).Take(count).ToListAsync(cancellationToken);
        var notices = await db.PublishedNotices(now).OrderByDescending(n => n.PublishedAt).ThenByDescending(n => n.Id).Take(count)
            .Select(n => new { n.Id, n.Title, n.OpenedOn, n.ObjectionDeadline, n.PublishedAt, Candidates = n.Candidates.Count })
            .ToListAsync(cancellationToken);
        var entries = editions.Select(e => new FeedEntry(
                Invariant($"urn:greencommunity:edition:{e.Number}"),
                FeedEntryKind.Edition,
                Invariant($"Edition {e.Number}: {e.Reason}"),
                Invariant($"{e.AwardCount} awards and {e.ObservationCount} indicator values; content hash {e.ContentHash}."),
                e.PublishedAt,
                Invariant($"{DownloadEndpoints.BasePath}/awards.csv?edition={e.Number}"),
                e.Number,
                null))
            .Concat(notices.Select(n => new FeedEntry(
                Invariant($"urn:greencommunity:publicity-notice:{n.Id}"),
                FeedEntryKind.PublicityNotice,
                Invariant($"{n.Title.Zh} / {n.Title.En}"),
                Invariant($"{n.Candidates} candidates announced on {n.OpenedOn:yyyy-MM-dd}; objections accepted until {n.ObjectionDeadline:yyyy-MM-dd}."),
                n.PublishedAt,
                "/graphql?query=" + Uri.EscapeDataString("{ publicityNotices(first: 5) { nodes { title { zh en } objectionDeadline candidates { code name { zh en } } } } }"),
                null,
                n.ObjectionDeadline)));
        return [.. entries.OrderByDescending(e => e.Updated).ThenBy(e => e.Id, StringComparer.Ordinal).Take(count)];
    }

    // Absolute links come from OpenData:PublicBaseUrl, never from the request's Host header: a client chooses that
    // header, and a feed with links to its host could be cached and passed on by proxies and aggregators.
    private static async Task WriteAtomAsync(HttpContext http, GreenCommunityDbContext db, TimeProvider clock, OpenDataOptions options)
    {
        var entries = await EntriesAsync(db, clock.GetUtcNow().UtcDateTime, 50, http.RequestAborted);
        using var body = new MemoryStream();
        await WriteFeedAsync(body, entries, options);
        DateTime? updated = entries.Count > 0 ? entries[0].Updated : null;
        await OpenDataHttp.WriteAsync(http, body.ToArray(), "application/atom+xml; charset=utf-8", "public, max-age=60", updated);
    }

    private static async Task WriteFeedAsync(Stream body, IReadOnlyList<FeedEntry> entries, OpenDataOptions options)
    {
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(body, settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("feed", AtomNamespace);
        xml.WriteAttributeString("xmlns", "gc", null, GreenCommunityNamespace);
        xml.WriteElementString("id", AtomNamespace, "urn:greencommunity:publications");
        xml.WriteElementString("title", AtomNamespace, "Green Community programme: publications and publicity notices");
        xml.WriteElementString("subtitle", AtomNamespace, "New editions of the published data (awards, revocations, indicator values, corrections) and candidate lists open to objection.");
        xml.WriteElementString("updated", AtomNamespace, Instant(entries.Count > 0 ? entries[0].Updated : DateTime.UnixEpoch));
        xml.WriteElementString("rights", AtomNamespace, $"{options.Licence.Name} ({options.Licence.Id}), {options.Licence.Url}. {options.Licence.Attribution}.");
        WriteLink(xml, options.AbsoluteUrl(Path).AbsoluteUri, "self", "application/atom+xml");
        WriteLink(xml, options.Licence.Url, "license", null);
        xml.WriteStartElement("author", AtomNamespace);
        xml.WriteElementString("name", AtomNamespace, "GreenCommunity open data");
        xml.WriteEndElement();
        foreach (var entry in entries)
        {
            xml.WriteStartElement("entry", AtomNamespace);
            xml.WriteElementString("id", AtomNamespace, entry.Id);
            xml.WriteElementString("title", AtomNamespace, entry.Title);
            xml.WriteElementString("updated", AtomNamespace, Instant(entry.Updated));
            xml.WriteElementString("published", AtomNamespace, Instant(entry.Updated));
            xml.WriteElementString("summary", AtomNamespace, entry.Summary);
            WriteLink(xml, options.AbsoluteUrl(entry.Link).AbsoluteUri, "alternate", null);
            xml.WriteStartElement("category", AtomNamespace);
            xml.WriteAttributeString("term", entry.Kind == FeedEntryKind.Edition ? "edition" : "publicity-notice");
            xml.WriteEndElement();
            if (entry.Edition is { } number)
            {
                xml.WriteElementString("edition", GreenCommunityNamespace, number.ToString(CultureInfo.InvariantCulture));
            }

            if (entry.ObjectionDeadline is { } deadline)
            {
                xml.WriteElementString("objectionDeadline", GreenCommunityNamespace, deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static void WriteLink(XmlWriter xml, string href, string rel, string? type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        if (type is not null)
        {
            xml.WriteAttributeString("type", type);
        }

        xml.WriteEndElement();
    }

    private static string Instant(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

public sealed class FeedEntryKindType() : DescribedEnumType<FeedEntryKind>(
    "FeedEntryKind",
    "What a feed entry announces.",
    (FeedEntryKind.Edition, "A new edition of the published data: results, revocations, new or corrected indicator values."),
    (FeedEntryKind.PublicityNotice, "A candidate list announced for public objection, with its deadline."));

public sealed class FeedEntryType : ObjectGraphType<FeedEntry>
{
    public FeedEntryType()
    {
        Name = "FeedEntry";
        Description = "An entry of the publications feed, as the Atom feed carries it.";
        Field(e => e.Id).Description("A permanent, unique ID (the Atom entry's id).");
        Field<NonNullGraphType<FeedEntryKindType>>("kind").Description("What it announces.").Resolve(ctx => ctx.Source.Kind);
        Field(e => e.Title);
        Field(e => e.Summary);
        Field<NonNullGraphType<DateTimeGraphType>>("updated").Description("When it was published (UTC).").Resolve(ctx => ctx.Source.Updated);
        Field(e => e.Link);
        Field(e => e.Edition, nullable: true).Description("The edition's number, for editions.");
        Field<CalendarDateGraphType>("objectionDeadline").Description("The last day objections are accepted, for publicity notices.").Resolve(ctx => ctx.Source.ObjectionDeadline);
    }
}
