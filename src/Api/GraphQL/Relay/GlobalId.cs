using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GreenCommunity.Api.GraphQL.Errors;

namespace GreenCommunity.Api.GraphQL.Relay;

/// <summary>
/// Opaque global IDs: the base64url form of <c>TypeName:databaseId</c>. Clients must treat them as opaque;
/// they are stable for as long as the record exists.
/// </summary>
public static class GlobalId
{
    /// <summary>The global ID of a record of <paramref name="typeName"/>.</summary>
    public static string Encode(string typeName, int id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{id}")));

    /// <summary>Decodes a global ID; null when it is not one this API issued.</summary>
    public static (string TypeName, int Id)? TryDecode(string? globalId)
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
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return null;
        }

        return (text[..colon], id);
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
