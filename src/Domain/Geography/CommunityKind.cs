namespace GreenCommunity.Domain.Geography;

/// <summary>What sort of residential community it is.</summary>
public enum CommunityKind
{
    /// <summary>Historic old-town neighbourhood.</summary>
    Historic,

    /// <summary>Newly built residential estate.</summary>
    NewEstate,

    /// <summary>Urban-centre community.</summary>
    UrbanCentre,

    /// <summary>Farmers' new village (农民新村).</summary>
    FarmersNewVillage,
}

/// <summary>Whether a community is co-built with the army or the police.</summary>
public enum CoBuiltWith
{
    /// <summary>An ordinary community.</summary>
    None,

    /// <summary>Co-built with the army (军民共建).</summary>
    Army,

    /// <summary>Co-built with the police (警民共建).</summary>
    Police,
}
