namespace GreenCommunity.Api.GraphQL.DataLoading;

/// <summary>
/// What a page query read alongside each object it returned (the places joined to an award), kept for the request by
/// the object's identity, so a nested field is served from the row its parent came in instead of a loader. Unlike a
/// primed loader, nothing here can answer for another object: a narrow row read for one selection is only ever seen
/// by the fields of the object it was read with.
/// </summary>
public sealed class JoinedRows
{
    private readonly Dictionary<object, object> _rows = new(ReferenceEqualityComparer.Instance);

    /// <summary>Makes room for <paramref name="count"/> more rows, so a page is held without growing the table row by row.</summary>
    public void Reserve(int count)
    {
        lock (_rows)
        {
            _rows.EnsureCapacity(_rows.Count + count);
        }
    }

    /// <summary>Keeps <paramref name="row"/> as what was read with <paramref name="source"/>.</summary>
    public void Hold(object source, object row)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(row);
        lock (_rows)
        {
            _rows[source] = row;
        }
    }

    /// <summary>The row read with <paramref name="source"/>, or null when it came another way.</summary>
    public TRow? Of<TRow>(object source)
        where TRow : class
    {
        lock (_rows)
        {
            return _rows.TryGetValue(source, out var row) ? row as TRow : null;
        }
    }
}
