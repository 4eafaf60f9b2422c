using System.Text;
using GreenCommunity.Api.GraphQL.Relay;

namespace GreenCommunity.Api.Tests.Relay;

/// <summary>Global IDs are the base64url form of <c>TypeName:id</c> (and <c>@edition</c>): a citable ID never changes form.</summary>
public sealed class GlobalIdTests
{
    [Theory]
    [InlineData("Award", 18542, null, "Award:18542")]
    [InlineData("Community", 1, null, "Community:1")]
    [InlineData("Award", 2147483647, 2147483647, "Award:2147483647@2147483647")]
    [InlineData("Observation", 7, 3, "Observation:7@3")]
    public void EncodesTheTypeTheRecordAndTheEdition(string typeName, int id, int? edition, string plain)
    {
        var encoded = edition is { } e ? GlobalId.Encode(typeName, id, e) : GlobalId.Encode(typeName, id);
        Assert.Equal(Reference(plain), encoded);
        Assert.Equal((typeName, id, edition), GlobalId.TryDecodeQualified(encoded));
    }

    [Fact]
    public void KeepsTheIdsAlreadyPublished() => Assert.Equal("QXdhcmQ6MTg1NDI", GlobalId.Encode("Award", 18542));

    [Fact]
    public void EncodesALongTypeNameToo()
    {
        var typeName = new string('名', 200);
        Assert.Equal(Reference(typeName + ":5@9"), GlobalId.Encode(typeName, 5, 9));
    }

    private static string Reference(string plain) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(plain)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
