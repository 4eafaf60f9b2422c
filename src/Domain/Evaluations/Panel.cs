using GreenCommunity.Domain.Common;

namespace GreenCommunity.Domain.Evaluations;

/// <summary>An on-site evaluation group (评审组) formed by the city for a campaign.</summary>
public sealed class Panel : Entity
{
    private readonly List<PanelMember> _members = [];

    private Panel()
    {
        Name = string.Empty;
    }

    /// <summary>Forms a panel.</summary>
    public Panel(int campaignId, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        CampaignId = campaignId;
        Name = name;
    }

    /// <summary>The campaign the panel works in.</summary>
    public int CampaignId { get; private set; }

    /// <summary>The panel's name, e.g. "Panel 3".</summary>
    public string Name { get; private set; }

    /// <summary>The evaluators on the panel.</summary>
    public IReadOnlyList<PanelMember> Members => _members;

    /// <summary>Adds an evaluator.</summary>
    public PanelMember AddMember(string subject, string displayName, string? contact)
    {
        if (_members.Exists(m => m.Subject == subject))
        {
            throw new InvalidOperationException($"{subject} already sits on {Name}.");
        }

        var member = new PanelMember(subject, displayName, contact);
        _members.Add(member);
        return member;
    }
}

/// <summary>An evaluator sitting on a panel. Contact details are never public.</summary>
public sealed class PanelMember : Entity
{
    private PanelMember()
    {
        Subject = string.Empty;
        DisplayName = string.Empty;
    }

    internal PanelMember(string subject, string displayName, string? contact)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        Subject = subject;
        DisplayName = displayName;
        Contact = contact;
    }

    /// <summary>The panel.</summary>
    public int PanelId { get; private set; }

    /// <summary>The evaluator's sign-in subject.</summary>
    public string Subject { get; private set; }

    /// <summary>The evaluator's name.</summary>
    public string DisplayName { get; private set; }

    /// <summary>Phone or e-mail; personal data, never published.</summary>
    public string? Contact { get; private set; }
}
