using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GreenCommunity.Api.GraphQL.Errors;

namespace GreenCommunity.Api.GraphQL.Relay;

/// <summary>
/// Opaque global IDs: the base64url form of <c>TypeName:databaseId</c>. Clients must treat them as opaque;
/// they are stable for as long as the record exists. An object read as an earlier edition showed it (<c>asOf</c>) has
/// an edition-qualified ID, <c>TypeName:databaseId@edition</c> (ADR-025): normalised client caches keep it apart from
/// the current object.
/// </summary>
public static class GlobalId
{
    /// <summary>The global ID of a record of <paramref name="typeName"/>.</summary>
    public static string Encode(string typeName, int id) => Encode(typeName, id, edition: null);

    /// <summary>The global ID of a record of <paramref name="typeName"/> as edition <paramref name="edition"/> showed it.</summary>
    public static string Encode(string typeName, int id, int edition) => Encode(typeName, id, (int?)edition);

    // TypeName:id[@edition] written as UTF-8 on the stack and encoded once: a page of 100 awards encodes 100 IDs, and
    // formatting them through an interpolated string and a byte array made two throwaway objects each.
    private static string Encode(string typeName, int id, int? edition)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        var size = Encoding.UTF8.GetMaxByteCount(typeName.Length) + 24;
        var buffer = size <= 256 ? stackalloc byte[256] : new byte[size];
        var written = Encoding.UTF8.GetBytes(typeName, buffer);
        buffer[written++] = (byte)':';
        id.TryFormat(buffer[written..], out var digits, default, CultureInfo.InvariantCulture);
        written += digits;
        if (edition is { } number)
        {
            buffer[written++] = (byte)'@';
            number.TryFormat(buffer[written..], out digits, default, CultureInfo.InvariantCulture);
            written += digits;
        }

        return Base64Url.EncodeToString(buffer[..written]);
    }

    /// <summary>Decodes a global ID, edition-qualified or not (the record's ID either way); null when it is not one this API issued.</summary>
    public static (string TypeName, int Id)? TryDecode(string? globalId) =>
        TryDecodeQualified(globalId) is { } decoded ? (decoded.TypeName, decoded.Id) : null;

    /// <summary>Decodes a global ID with the edition it is qualified with (null for a current object); null when it is not one this API issued.</summary>
    public static (string TypeName, int Id, int? Edition)? TryDecodeQualified(string? globalId)
    {
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 128)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(globalId);
        }
        catch (FormatException)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var rest = text.AsSpan(colon + 1);
        int? edition = null;
        var at = rest.IndexOf('@');
        if (at >= 0)
        {
            if (!int.TryParse(rest[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
            {
                return null;
            }

            edition = number;
            rest = rest[..at];
        }

        if (!int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return null;
        }

        return (text[..colon], id, edition);
    }

    /// <summary>Decodes a global ID of <paramref name="typeName"/>, or throws an <c>INVALID_ID</c> error.</summary>
    public static int DecodeOf(string typeName, string globalId)
    {
        var decoded = TryDecode(globalId);
        if (decoded is null || decoded.Value.TypeName != typeName)
        {
            throw GraphQLErrors.WithCode(ErrorCodes.InvalidId, $"'{globalId}' is not a valid {typeName} ID.");
        }

        return decoded.Value.Id;
    }
}
