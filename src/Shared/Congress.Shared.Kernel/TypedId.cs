namespace Congress.Shared.Kernel;

/// <summary>
/// A strongly typed identifier (<c>readonly record struct DelegateId(Guid Value) : ITypedId</c>).
/// Persistence maps every <see cref="ITypedId"/> to its Guid by convention.
/// </summary>
public interface ITypedId
{
    Guid Value { get; }
}
