namespace SNgV.Portal.Web.Domain;

/// <summary>A yearly plan (kế hoạch) to raise PCI and SIPAS, e.g. 95/KH-SNgV of 30/01/2019.</summary>
public class Plan : IConcurrencyStamped, IAudited
{
    public int Id { get; set; }

    public int Year { get; set; }

    /// <summary>Number and symbol, e.g. "95/KH-SNgV".</summary>
    public string Number { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public string IssuedAt { get; set; } = "Quảng Trị";

    public string Title { get; set; } = "";

    /// <summary>The opening paragraph citing the documents the plan implements (căn cứ).</summary>
    public string LegalBasis { get; set; } = "";

    public string SignerTitle { get; set; } = "";

    public string SignerName { get; set; } = "";

    /// <summary>The closing paragraph after section III.</summary>
    public string ClosingText { get; set; } = "";

    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    /// <summary>The plan of the previous year this one was copied from, if any.</summary>
    public int? CopiedFromPlanId { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<PlanProvision> Provisions { get; set; } = [];

    public List<SolutionArea> Areas { get; set; } = [];
}

public enum PlanStatus
{
    Draft = 0,
    Active = 1,
    Closed = 2,
}

/// <summary>
/// A numbered statement of the plan outside its solution areas: a purpose (I.1), a requirement (I.2),
/// an assignment of section III (tổ chức thực hiện), or a recipient (nơi nhận).
/// </summary>
public class PlanProvision : IAudited
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public PlanProvisionKind Kind { get; set; }

    public int SortOrder { get; set; }

    public string Text { get; set; } = "";
}

public enum PlanProvisionKind
{
    Purpose = 1,
    Requirement = 2,
    Implementation = 3,
    Recipient = 4,
}
