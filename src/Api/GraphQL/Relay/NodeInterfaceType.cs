using GraphQL.Types;

namespace GreenCommunity.Api.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: every object with an identity of its own.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a stable, opaque global ID; fetch any of them with node(id:).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's opaque global ID.");
    }
}
