using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>Wraps an already registered service in a decorator, keeping its lifetime.</summary>
internal static class ServiceDecoration
{
    /// <summary>Replaces the last registration of <typeparamref name="TService"/> with <paramref name="decorate"/> applied to it.</summary>
    /// <typeparam name="TService">The service type.</typeparam>
    /// <param name="services">The host's services.</param>
    /// <param name="decorate">Builds the decorator around the original instance.</param>
    /// <exception cref="InvalidOperationException">Nothing is registered for <typeparamref name="TService"/> yet.</exception>
    public static void Decorate<TService>(this IServiceCollection services, Func<TService, IServiceProvider, TService> decorate)
        where TService : class
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService)
            ?? throw new InvalidOperationException($"{typeof(TService).Name} must be registered before it is decorated.");
        services.Replace(ServiceDescriptor.Describe(typeof(TService), sp => decorate(Create<TService>(original, sp), sp), original.Lifetime));
    }

    private static TService Create<TService>(ServiceDescriptor descriptor, IServiceProvider services)
        where TService : class =>
        (TService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
