using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GreenCommunity.Api.GraphQL.Execution;
using GreenCommunity.Api.GraphQL.Limits;

namespace GreenCommunity.Api.Tests.Execution;

/// <summary>
/// Objects held as values (ADR-034) give exactly what GraphQL.NET's own serial execution gives: the same JSON, the
/// same errors with the same paths, the same null propagation and the same actual cost, whether an object is held as
/// values or demoted to the engine's nodes. Each document runs on a small schema of its own under both strategies.
/// </summary>
public sealed class InlineExecutionTests
{
    public static TheoryData<string, string> Documents => new()
    {
        { "nested objects", "{ books { id title year rating kind published author { name born address { city } } } }" },
        { "aliases, fragments and merged fields", "{ books { t: title ...F author { name } author { born } a2: author { address { city } } } } fragment F on Book { id author { address { city } } }" },
        { "skip and include", "query($no: Boolean!) { books { title @skip(if: $no) year @include(if: $no) author @include(if: $no) { name } } }" },
        { "typename", "{ books { __typename author { __typename name } } }" },
        { "lists and unions inside", "{ books { title tags related { title author { name } } about { __typename ... on Author { name } ... on Address { city } } } }" },
        { "an error in a scalar", "{ books { title failing author { name } } }" },
        { "an error in a nested object", "{ books { title author { name failing } } }" },
        { "null for a non-null scalar", "{ books { title missing } }" },
        { "null for a non-null scalar in a nested object", "{ books { title author { name missing } } }" },
        { "null propagating to a nullable object", "{ book(id: 2) { title author { missing } } }" },
        { "a data loader", "{ books { title loaded { name address { city } } } }" },
        { "a null object", "{ book(id: 3) { title author { name } } }" },
        { "a missing book", "{ book(id: 99) { title } }" },
        { "an argument on a nested field", "{ books { author { greeting(loud: true) quiet: greeting } } }" },
        { "a mutation payload", "mutation { rename(id: 1, title: \"New\") { book { title author { name } } } }" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task AnswersAsTheEnginesOwnExecution(string description, string document)
    {
        var (engineJson, engineCost, _) = await RunAsync(new SerialExecutionStrategy(), document);
        var (plannedJson, plannedCost, _) = await RunAsync(new PlannedExecutionStrategy(), document);
        Assert.True(engineJson == plannedJson, $"{description}:\n engine:  {engineJson}\n planned: {plannedJson}");
        Assert.Equal(engineCost, plannedCost);
    }

    [Fact]
    public async Task HoldsAPlainPageAsOneNodePerObject()
    {
        var (_, _, result) = await RunAsync(new PlannedExecutionStrategy(), "{ books { id title author { name address { city } } } }");
        var list = Assert.IsType<ArrayExecutionNode>(Assert.Single(((RootExecutionNode)result.Data!).SubFields!));
        Assert.Equal(Library.Books.Count, list.Items!.Count);
        Assert.All(list.Items, item =>
        {
            var book = Assert.IsType<InlineObjectNode>(item);
            Assert.False(book.Demoted);
            Assert.Empty(book.GetChildNodes());
        });
    }

    [Fact]
    public async Task DemotesAnObjectItCannotHoldAndKeepsTheFieldsAsNodes()
    {
        var (_, _, result) = await RunAsync(new PlannedExecutionStrategy(), "{ books { title loaded { name } } }");
        var list = Assert.IsType<ArrayExecutionNode>(Assert.Single(((RootExecutionNode)result.Data!).SubFields!));
        Assert.All(list.Items!, item =>
        {
            var book = Assert.IsType<InlineObjectNode>(item);
            Assert.True(book.Demoted);
            Assert.Equal(["title", "loaded"], book.GetChildNodes().Select(n => n.Name));
        });
    }

    [Fact]
    public async Task CallsAResolverOnceForAnObjectItHolds()
    {
        var calls = Library.TitleCalls;
        await RunAsync(new PlannedExecutionStrategy(), "{ books { title } }");
        Assert.Equal(Library.Books.Count, Library.TitleCalls - calls);
    }

    private static async Task<(string Json, int Cost, ExecutionResult Result)> RunAsync(IExecutionStrategy strategy, string document)
    {
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(), new Selector(strategy), []);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = Library.Schema,
            Query = document,
            Variables = new Inputs(new Dictionary<string, object?> { ["no"] = true }),
            ThrowOnUnhandledException = false,
        });
        Assert.True(result.Executed, string.Join("; ", result.Errors?.Select(e => e.Message) ?? []));
        var cost = result.Data is ExecutionNode root ? ActualCost.Of(root, result.Operation!.Operation, new RequestLimits()) : -1;
        return (new GraphQLSerializer().Serialize(result), cost, result);
    }

    private sealed class Selector(IExecutionStrategy strategy) : IExecutionStrategySelector
    {
        public IExecutionStrategy Select(global::GraphQL.Execution.ExecutionContext context) => strategy;
    }

    private sealed record Address(string City);

    private sealed record Author(string Name, int? Born, Address? Address);

    private sealed record Book(int Id, string Title, int? Year, double? Rating, Author? Author, string[] Tags);

    private static class Library
    {
        private static int _titleCalls;

        public static int TitleCalls => Volatile.Read(ref _titleCalls);

        public static List<Book> Books { get; } =
        [
            new(1, "Green Streets", 2019, 4.5, new Author("Lin", 1970, new Address("Guangzhou")), ["city", "trees"]),
            new(2, "Quiet Courtyards", null, null, new Author("Chen", null, null), []),
            new(3, "Anonymous", 2021, 3.25, null, ["sample"]),
        ];

        public static ISchema Schema { get; } = Build();

        public static void CountTitle() => Interlocked.Increment(ref _titleCalls);

        private static global::GraphQL.Types.Schema Build()
        {
            var schema = new global::GraphQL.Types.Schema { Query = new QueryType(), Mutation = new MutationType() };
            schema.RegisterType(new AuthorType());
            schema.Initialize();
            return schema;
        }
    }

    private sealed class AddressType : ObjectGraphType<Address>
    {
        public AddressType()
        {
            Name = "Address";
            Field(a => a.City);
        }
    }

    private sealed class AuthorType : ObjectGraphType<Author>
    {
        public AuthorType()
        {
            Name = "Author";
            Field(a => a.Name);
            Field(a => a.Born, nullable: true);
            Field<AddressType>("address").Resolve(ctx => ctx.Source.Address);
            Field<StringGraphType>("failing").Resolve(ctx => throw new ExecutionError("The author cannot be read.") { Code = "AUTHOR" });
            Field<NonNullGraphType<StringGraphType>>("missing").Resolve(_ => null);
            Field<StringGraphType>("greeting")
                .Argument<BooleanGraphType>("loud")
                .Resolve(ctx => ctx.GetArgument<bool>("loud") ? $"HELLO {ctx.Source.Name}" : $"hello {ctx.Source.Name}");
        }
    }

    private sealed class KindType : EnumerationGraphType
    {
        public KindType()
        {
            Name = "Kind";
            Add("GUIDE", "guide");
            Add("ESSAY", "essay");
        }
    }

    private sealed class AboutType : UnionGraphType
    {
        public AboutType()
        {
            Name = "About";
            Type<AuthorType>();
            Type<AddressType>();
        }
    }

    private sealed class BookType : ObjectGraphType<Book>
    {
        public BookType()
        {
            Name = "Book";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => $"Book:{ctx.Source.Id}");
            Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx =>
            {
                Library.CountTitle();
                return ctx.Source.Title;
            });
            Field(b => b.Year, nullable: true);
            Field(b => b.Rating, nullable: true);
            Field<KindType>("kind").Resolve(ctx => ctx.Source.Id % 2 == 0 ? "essay" : "guide");
            Field<DateGraphType>("published").Resolve(ctx => ctx.Source.Year is { } year ? new DateOnly(year, 12, 20) : null);
            Field<AuthorType>("author").Resolve(ctx => ctx.Source.Author);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(ctx => ctx.Source.Tags);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookType>>>>("related").Resolve(ctx => Library.Books.Where(b => b.Id != ctx.Source.Id));
            Field<ListGraphType<AboutType>>("about").Resolve(ctx => ctx.Source.Author is { } author ? new object?[] { author, author.Address } : null);
            Field<StringGraphType>("failing").Resolve(ctx => ctx.Source.Id == 2 ? throw new InvalidOperationException("unexpected") : "fine");
            Field<NonNullGraphType<StringGraphType>>("missing").Resolve(ctx => ctx.Source.Id == 1 ? null : "present");
            Field<AuthorType>("loaded").Resolve(ctx => new Loaded(ctx.Source.Author));
        }
    }

    // What a batch loader returns: the value comes later, once the batch has run.
    private sealed class Loaded(Author? author) : IDataLoaderResult
    {
        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult<object?>(author);
    }

    private sealed class PayloadType : ObjectGraphType<Book>
    {
        public PayloadType()
        {
            Name = "RenamePayload";
            Field<BookType>("book").Resolve(ctx => ctx.Source);
        }
    }

    private sealed class QueryType : ObjectGraphType
    {
        public QueryType()
        {
            Name = "Query";
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookType>>>>("books").Resolve(_ => Library.Books);
            Field<BookType>("book").Argument<NonNullGraphType<IntGraphType>>("id").Resolve(ctx => Library.Books.FirstOrDefault(b => b.Id == ctx.GetArgument<int>("id")));
        }
    }

    private sealed class MutationType : ObjectGraphType
    {
        public MutationType()
        {
            Name = "Mutation";
            Field<PayloadType>("rename")
                .Argument<NonNullGraphType<IntGraphType>>("id")
                .Argument<NonNullGraphType<StringGraphType>>("title")
                .Resolve(ctx => Library.Books.First(b => b.Id == ctx.GetArgument<int>("id")) with { Title = ctx.GetArgument<string>("title") });
        }
    }
}
