using System.Data.Common;
using System.Globalization;
using System.Text;
using GreenCommunity.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace GreenCommunity.Infrastructure.Queries;

/// <summary>
/// One group's figures as the database computed them (<see cref="NumberSummaries.SummarizeInDatabase{TRow}"/>);
/// a caller's subclass adds a nullable property for each key it may group by.
/// </summary>
public class NumberSummaryRow
{
    /// <summary>How many values the group has.</summary>
    public long Count { get; set; }

    /// <summary>Their sum (null when there are none).</summary>
    public double? Sum { get; set; }

    /// <summary>The smallest.</summary>
    public double? Min { get; set; }

    /// <summary>The largest.</summary>
    public double? Max { get; set; }

    /// <summary>The 25th percentile, interpolated (<c>percentile_cont(0.25)</c>).</summary>
    public double? P25 { get; set; }

    /// <summary>The median: the middle value, or the mean of the two middle values for an even count.</summary>
    public double? Median { get; set; }

    /// <summary>The 75th percentile, interpolated (<c>percentile_cont(0.75)</c>).</summary>
    public double? P75 { get; set; }
}

/// <summary>
/// Count, sum, minimum, maximum, median and quartiles of numbers per group, computed by the database in one statement
/// that returns one row per group, whatever the number of values (ADR-032). The values are the caller's own LINQ query,
/// with every filter it applies (publication, edition, the caller's conditions); its SQL becomes a common table
/// expression of the statement, with its parameters, so the rows summarised are exactly the rows that query reads.
/// Percentiles are continuous (<c>percentile_cont</c>): at position p·(n − 1) of the ordered values, interpolated
/// between the two values around it; the median is percentile 0.5, the mean of the two middle values for an even n.
/// <list type="bullet">
/// <item>PostgreSQL: the ordered-set aggregate <c>percentile_cont(p) WITHIN GROUP (ORDER BY value)</c> with <c>GROUP BY</c>.</item>
/// <item>SQL Server, where <c>PERCENTILE_CONT</c> is only a window function: it is computed <c>OVER (PARTITION BY</c> the
/// group<c>)</c> in a derived table, and the outer <c>GROUP BY</c> keeps one row per group.</item>
/// <item>SQLite, which has no percentile function: <c>row_number()</c> and <c>count(*)</c> over the group's partition
/// number the ordered values, and the grouped select keeps, with <c>CASE</c>, only the one or two values at each
/// percentile's position, weighted as <c>percentile_cont</c> weights them.</item>
/// </list>
/// </summary>
public static class NumberSummaries
{
    /// <summary>The percentiles every summary gives, as quarters: 1/4, 2/4 (the median) and 3/4.</summary>
    private static readonly (int Quarters, string Column)[] Percentiles = [(1, nameof(NumberSummaryRow.P25)), (2, nameof(NumberSummaryRow.Median)), (3, nameof(NumberSummaryRow.P75))];

    /// <summary>
    /// The figures of <paramref name="values"/> per group of <paramref name="groupBy"/>, as one SQL statement. The
    /// query must project exactly <paramref name="keys"/> then the number (a <see cref="double"/>), in that order, and
    /// must not be ordered. <typeparamref name="TRow"/> has a property named as each key; a key not in
    /// <paramref name="groupBy"/> comes back null. With no key grouped by, the statement returns one row, whose
    /// <see cref="NumberSummaryRow.Count"/> is 0 when there are no values.
    /// </summary>
    /// <param name="db">The context whose provider runs the statement.</param>
    /// <param name="values">The values, with their keys: <c>Select(x =&gt; new { Key1, Key2, Value })</c>.</param>
    /// <param name="keys">The names of the projected keys, in the projection's order (C# identifiers, never user input).</param>
    /// <param name="groupBy">The keys to group by: a subset of <paramref name="keys"/>.</param>
    public static IQueryable<TRow> SummarizeInDatabase<TRow>(this GreenCommunityDbContext db, IQueryable values, IReadOnlyList<string> keys, IReadOnlyCollection<string> groupBy)
        where TRow : NumberSummaryRow
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(groupBy);
        if (groupBy.Except(keys).FirstOrDefault() is { } unknown)
        {
            throw new ArgumentException($"'{unknown}' is not one of the projected keys.", nameof(groupBy));
        }

        // The caller's query as EF Core would send it: its SQL and its parameters, which move to the new statement.
        using var command = values.CreateDbCommand();
        var inner = command.CommandText;
        var parameters = command.Parameters.Cast<DbParameter>().ToArray();
        command.Parameters.Clear();

        // EF Core formats raw SQL with its arguments (string.Format), so a brace would be read as a placeholder.
        if (inner.Contains('{', StringComparison.Ordinal) || inner.Contains('}', StringComparison.Ordinal))
        {
            throw new NotSupportedException("The values' SQL contains a brace, which raw SQL would read as a placeholder.");
        }

        var q = db.GetService<ISqlGenerationHelper>();
        var statement = new Statement(q, keys, [.. keys.Where(groupBy.Contains)], inner);
        var sql = db.Database.IsNpgsql() ? statement.PostgreSql()
            : db.Database.IsSqlServer() ? statement.SqlServer()
            : db.Database.IsSqlite() ? statement.Sqlite()
            : throw new NotSupportedException($"No percentile SQL for {db.Database.ProviderName}.");
        return db.Database.SqlQueryRaw<TRow>(sql, [.. parameters.Cast<object>()]);
    }

    /// <summary>The pieces of the statement, named for the provider's quoting.</summary>
    private sealed class Statement(ISqlGenerationHelper q, IReadOnlyList<string> keys, IReadOnlyList<string> grouped, string inner)
    {
        private readonly string _v = q.DelimitIdentifier("v");
        private readonly string _w = q.DelimitIdentifier("w");
        private readonly string _x = q.DelimitIdentifier("x");
        private readonly string _i = q.DelimitIdentifier("i");
        private readonly string _m = q.DelimitIdentifier("m");

        private string GroupColumns => string.Join(", ", grouped.Select(Key));

        private string GroupBy => grouped.Count == 0 ? string.Empty : $"\nGROUP BY {GroupColumns}";

        private string PartitionBy => grouped.Count == 0 ? string.Empty : $"PARTITION BY {GroupColumns}";

        public string PostgreSql()
        {
            var sql = Head();
            sql.Append(CultureInfo.InvariantCulture, $"SELECT {KeyColumns()}count(*) AS {As("Count")}, {Plain()}");
            foreach (var (quarters, column) in Percentiles)
            {
                sql.Append(CultureInfo.InvariantCulture, $",\n    percentile_cont({Fraction(quarters)}) WITHIN GROUP (ORDER BY {_x}) AS {As(column)}");
            }

            return sql.Append(CultureInfo.InvariantCulture, $"\nFROM {_v}{GroupBy}").ToString();
        }

        public string SqlServer()
        {
            var sql = Head();
            sql.Append(CultureInfo.InvariantCulture, $"SELECT {KeyColumns()}COUNT_BIG(*) AS {As("Count")}, {Plain()}");
            foreach (var (_, column) in Percentiles)
            {
                sql.Append(CultureInfo.InvariantCulture, $", MAX({Inner(column)}) AS {As(column)}");
            }

            sql.Append(CultureInfo.InvariantCulture, $"\nFROM (\n    SELECT {Prefix()}{_x}");
            foreach (var (quarters, column) in Percentiles)
            {
                sql.Append(CultureInfo.InvariantCulture, $",\n        PERCENTILE_CONT({Fraction(quarters)}) WITHIN GROUP (ORDER BY {_x}) OVER ({PartitionBy}) AS {Inner(column)}");
            }

            return sql.Append(CultureInfo.InvariantCulture, $"\n    FROM {_v}\n) AS {_w}{GroupBy}").ToString();
        }

        public string Sqlite()
        {
            // i: the value's position in its group's order (0-based); m: the group's last position (n − 1). Percentile
            // k/4 lies at k·m/4: the values at positions floor and ceiling of it, weighted by its fraction f, as
            // percentile_cont does (lo·(1 − f) + hi·f: for the median of an even count, exactly (lo + hi) / 2).
            var sql = Head();
            sql.Length -= 1; // the comma-separated second table expression continues the WITH
            sql.Append(CultureInfo.InvariantCulture, $",\n{_w} AS (\n    SELECT {Prefix()}{_x}, row_number() OVER ({PartitionBy} ORDER BY {_x}) - 1 AS {_i}, count(*) OVER ({PartitionBy}) - 1 AS {_m}\n    FROM {_v}\n)\n");
            sql.Append(CultureInfo.InvariantCulture, $"SELECT {KeyColumns()}count(*) AS {As("Count")}, {Plain()}");
            foreach (var (quarters, column) in Percentiles)
            {
                var lo = $"max(CASE WHEN {_i} = {quarters} * {_m} / 4 THEN {_x} END)";
                var hi = $"max(CASE WHEN {_i} = ({quarters} * {_m} + 3) / 4 THEN {_x} END)";
                var f = $"(max({quarters} * {_m} % 4) / 4.0)";
                sql.Append(CultureInfo.InvariantCulture, $",\n    {lo} * (1 - {f}) + {hi} * {f} AS {As(column)}");
            }

            return sql.Append(CultureInfo.InvariantCulture, $"\nFROM {_w}{GroupBy}").ToString();
        }

        private static string Fraction(int quarters) => (quarters / 4.0).ToString("0.00", CultureInfo.InvariantCulture);

        private StringBuilder Head()
        {
            var columns = string.Join(", ", keys.Select(Key).Append(_x));
            return new StringBuilder().Append(CultureInfo.InvariantCulture, $"WITH {_v}({columns}) AS (\n{inner.TrimEnd().TrimEnd(';')}\n)\n");
        }

        // The keys (NULL for those not grouped by), then the count: "SELECT k AS Key, ..., count(*) AS Count".
        private string KeyColumns() => string.Concat(keys.Select(k => (grouped.Contains(k) ? $"{Key(k)} AS {As(k)}" : $"NULL AS {As(k)}") + ", "));

        private string Plain() => $"SUM({_x}) AS {As("Sum")}, MIN({_x}) AS {As("Min")}, MAX({_x}) AS {As("Max")}";

        private string Prefix() => string.Concat(grouped.Select(k => Key(k) + ", "));

        private string Key(string key) => q.DelimitIdentifier(Internal(key));

        // EF Core matches the columns to TRow's properties by their names under the model's naming convention,
        // snake_case (DatabaseProviders), ignoring case: DistrictId is read from district_id.
        private string As(string property) => q.DelimitIdentifier(SnakeCase(property));

        private static string SnakeCase(string name)
        {
            var snake = new StringBuilder(name.Length + 4);
            for (var i = 0; i < name.Length; i++)
            {
                if (i > 0 && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
                {
                    snake.Append('_');
                }

                snake.Append(char.ToLowerInvariant(name[i]));
            }

            return snake.ToString();
        }

        private string Inner(string column) => q.DelimitIdentifier("p_" + column.ToLowerInvariant());

        private static string Internal(string key) => "k_" + key.ToLowerInvariant();
    }
}
