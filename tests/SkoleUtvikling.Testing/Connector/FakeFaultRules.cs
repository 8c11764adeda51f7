namespace SkoleUtvikling.Testing.Connector;

/// <summary>Faults queued by a test: each applies to the next N matching calls, first rule first.</summary>
public sealed class FakeFaultRules
{
    private readonly Lock _lock = new();
    private readonly List<Rule> _rules = [];

    /// <param name="times">How many matching calls get it; null for every one until <see cref="Clear"/>.</param>
    /// <param name="when">Which calls; null for every call.</param>
    public void Add(FakeFault fault, int? times = 1, Func<FakeConnectorCall, bool>? when = null)
    {
        lock (_lock)
        {
            _rules.Add(new Rule(fault, times, when));
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _rules.Clear();
        }
    }

    /// <summary>Takes the fault for this call, if any rule matches.</summary>
    internal FakeFault? Take(FakeConnectorCall call)
    {
        lock (_lock)
        {
            var rule = _rules.FirstOrDefault(r => r.Left is null or > 0 && (r.When is null || r.When(call)));
            if (rule is null)
            {
                return null;
            }

            if (rule.Left is not null)
            {
                rule.Left--;
            }

            return rule.Fault;
        }
    }

    private sealed class Rule(FakeFault fault, int? left, Func<FakeConnectorCall, bool>? when)
    {
        public FakeFault Fault { get; } = fault;
        public int? Left { get; set; } = left;
        public Func<FakeConnectorCall, bool>? When { get; } = when;
    }
}
