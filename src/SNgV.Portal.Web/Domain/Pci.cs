namespace SNgV.Portal.Web.Domain;

/// <summary>One of the ten PCI sub-indices (chỉ số thành phần), numbered as VCCI numbers them.</summary>
public class PciSubIndex : IAudited
{
    public int Id { get; set; }

    /// <summary>1 … 10, VCCI's order.</summary>
    public int Number { get; set; }

    public string Name { get; set; } = "";

    public string EnglishName { get; set; } = "";
}

/// <summary>
/// One year's PCI (kỳ công bố): the weights VCCI gave each sub-index that year. Weights belong to the
/// edition, not to the sub-index, because VCCI changed them in 2022.
/// </summary>
public class PciEdition : IConcurrencyStamped, IAudited
{
    public int Id { get; set; }

    public int Year { get; set; }

    /// <summary>Where the weights come from, and whether they are an assumption.</summary>
    public string SourceNote { get; set; } = "";

    public List<PciWeight> Weights { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

/// <summary>The weight of one sub-index in one edition, as a fraction (0.20 for 20 %).</summary>
public class PciWeight : IAudited
{
    public int PciEditionId { get; set; }

    public int PciSubIndexId { get; set; }

    public PciSubIndex? SubIndex { get; set; }

    public decimal Weight { get; set; }
}

/// <summary>A province whose results are recorded: Quảng Trị itself, and others for comparison.</summary>
public class PciProvince : IAudited
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>True for Quảng Trị, the province the plan is about.</summary>
    public bool IsHome { get; set; }
}

/// <summary>
/// A province's published result for one year: the composite and rank as VCCI published them, and the
/// sub-index scores when they were published (VCCI's profiles for 2013 and 2014 give the composite only).
/// </summary>
public class PciResult : IConcurrencyStamped, IAudited
{
    public int Id { get; set; }

    public int PciProvinceId { get; set; }

    public PciProvince? Province { get; set; }

    public int Year { get; set; }

    /// <summary>The composite as published, kept even when the recomputed one differs.</summary>
    public decimal PublishedComposite { get; set; }

    /// <summary>National rank of 63; empty when not published (from 2023 VCCI ranks only the top 30).</summary>
    public int? NationalRank { get; set; }

    public string Source { get; set; } = "";

    public List<PciScore> Scores { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

/// <summary>One sub-index score (1–10) of a result.</summary>
public class PciScore : IAudited
{
    public int PciResultId { get; set; }

    public int PciSubIndexId { get; set; }

    public PciSubIndex? SubIndex { get; set; }

    public decimal Score { get; set; }
}

/// <summary>Whether a larger raw value of an indicator is better (positive) or worse (negative).</summary>
public enum PciDirection
{
    HigherIsBetter = 1,
    HigherIsWorse = 2,
}

/// <summary>An indicator (chỉ tiêu) under a sub-index for one year and province: its raw value and, when published, its 1–10 score.</summary>
public class PciIndicator : IAudited
{
    public int Id { get; set; }

    public int PciSubIndexId { get; set; }

    public PciSubIndex? SubIndex { get; set; }

    public int PciProvinceId { get; set; }

    public PciProvince? Province { get; set; }

    public int Year { get; set; }

    public string Name { get; set; } = "";

    public decimal RawValue { get; set; }

    public string Unit { get; set; } = "";

    public PciDirection Direction { get; set; } = PciDirection.HigherIsBetter;

    public decimal? Score { get; set; }
}

/// <summary>The score the plan aims for on a sub-index in a year (chỉ tiêu phấn đấu).</summary>
public class PciTarget : IAudited
{
    public int Id { get; set; }

    public int PciSubIndexId { get; set; }

    public PciSubIndex? SubIndex { get; set; }

    public int Year { get; set; }

    public decimal Score { get; set; }
}

/// <summary>A solution area of a plan aims to move this sub-index.</summary>
public class SolutionAreaPciLink : IAudited
{
    public int SolutionAreaId { get; set; }

    public SolutionArea? SolutionArea { get; set; }

    public int PciSubIndexId { get; set; }

    public PciSubIndex? SubIndex { get; set; }
}

/// <summary>A task aims to move this sub-index (beyond what its area aims at).</summary>
public class PlanTaskPciLink : IAudited
{
    public int PlanTaskId { get; set; }

    public PlanTask? PlanTask { get; set; }

    public int PciSubIndexId { get; set; }

    public PciSubIndex? SubIndex { get; set; }
}
