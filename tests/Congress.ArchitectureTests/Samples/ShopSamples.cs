using Congress.ArchitectureTests.Samples.Shop.Application.Ports;
using Congress.ArchitectureTests.Samples.Shop.Infrastructure;
using Congress.ArchitectureTests.Samples.Shop.Infrastructure.Camera;
using Congress.ArchitectureTests.Samples.Shop.Infrastructure.Persistence;
using Congress.ArchitectureTests.Samples.Shop.Infrastructure.Persistence.Migrations;

// A small module laid out like ours ("Shop"), with layering broken on purpose where the old rules did not look
// (lambdas, async methods, generic arguments, a type that is only nested). RulesCatchViolationsTests expects exactly
// the types named *Breaks* / *Leaks* to be caught.

namespace Congress.ArchitectureTests.Samples.Shop.Domain
{
    internal sealed record OrderId(Guid Value);

    internal sealed class Order
    {
        public OrderId Id { get; } = new(Guid.NewGuid());

        /// <summary>Breaks the rule only in a lambda's body, as a generic argument.</summary>
        public Func<int> BreaksInALambda(IEnumerable<object> items) => () => items.OfType<FluentValidation.Results.ValidationFailure>().Count();

        /// <summary>Holds a nested type that breaks the rule only after an await.</summary>
        internal sealed class Line
        {
            public async Task<bool> BreaksInAnAsyncMethod()
            {
                await Task.Yield();
                return typeof(Microsoft.EntityFrameworkCore.DbContext) != typeof(object);
            }
        }
    }

    internal sealed class OrderPolicyBreaksLayering
    {
        public bool Allows() => new Application.Ports.ClockPort().Now() > DateTime.MinValue;
    }
}

namespace Congress.ArchitectureTests.Samples.Shop.Application.Ports
{
    /// <summary>A port Application declares; Infrastructure implements it.</summary>
    internal interface ICameraPort
    {
        byte[] Capture();
    }

    internal sealed class ClockPort
    {
        public DateTime Now() => DateTime.UtcNow;
    }
}

namespace Congress.ArchitectureTests.Samples.Shop.Application.Orders
{
    /// <summary>Uses the module's DbContext (allowed) and a port (allowed).</summary>
    internal sealed class PlaceOrder(ShopDbContext db, ICameraPort camera)
    {
        public async Task<int> Run()
        {
            await Task.Yield();
            return db.Save() + camera.Capture().Length;
        }
    }

    /// <summary>Uses an adapter directly, only after an await.</summary>
    internal sealed class ScanBadgeBreaksPorts
    {
        public async Task<int> Run()
        {
            await Task.Yield();
            return new Webcam().Capture().Length;
        }
    }

    /// <summary>Uses an adapter that sits directly in the Infrastructure namespace, only in a lambda.</summary>
    internal sealed class PayBreaksPorts
    {
        public Func<decimal, bool> Run() => amount => new PaymentGateway().Charge(amount);
    }

    /// <summary>Uses a migration: Persistence is allowed, its migrations are not.</summary>
    internal sealed class SeedBreaksMigrations
    {
        public string Run() => nameof(Initial) + new Initial().Version;
    }
}

namespace Congress.ArchitectureTests.Samples.Shop.Infrastructure
{
    internal sealed class PaymentGateway
    {
        public bool Charge(decimal amount) => amount > 0;
    }
}

namespace Congress.ArchitectureTests.Samples.Shop.Infrastructure.Camera
{
    internal sealed class Webcam : ICameraPort
    {
        public byte[] Capture() => [];
    }
}

namespace Congress.ArchitectureTests.Samples.Shop.Infrastructure.Persistence
{
    internal sealed class ShopDbContext
    {
        public int Save() => 0;
    }
}

namespace Congress.ArchitectureTests.Samples.Shop.Infrastructure.Persistence.Migrations
{
    internal sealed class Initial
    {
        public int Version => 1;
    }
}
