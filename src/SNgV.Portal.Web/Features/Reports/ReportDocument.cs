using System.Text.Json.Serialization;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// A report as a document: the two header blocks, the title, the numbered body, the signature and the recipients,
/// in the layout of Decree 30/2020/NĐ-CP. The screen, the print view, the .docx and the .xlsx annex all render this
/// one object, and an issued report keeps it (serialised) as its snapshot.
/// </summary>
public sealed record ReportDocument(
    ReportHeader Header,
    string Title,
    string Summary,
    IReadOnlyList<ReportBlock> Body,
    ReportSignature Signature,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<ReportTaskRow> Tasks);

/// <param name="ParentAuthority">"UBND TỈNH QUẢNG TRỊ".</param>
/// <param name="Agency">"SỞ NGOẠI VỤ".</param>
/// <param name="NumberLine">"Số: 05/BC-SNgV", or "Số:      /BC-SNgV" before the number is given.</param>
/// <param name="PlaceAndDate">"Quảng Trị, ngày 05 tháng 4 năm 2019", with blanks before the date is given.</param>
public sealed record ReportHeader(string ParentAuthority, string Agency, string NumberLine, string Nation, string Motto, string PlaceAndDate);

/// <param name="Authority">"KT. GIÁM ĐỐC" when signing on the director's behalf; may be empty.</param>
public sealed record ReportSignature(string Authority, string Title, string Name);

/// <summary>One row of the task table: the annex and the tables of section I.2 are made of these.</summary>
public sealed record ReportTaskRow(
    string AreaCode,
    string AreaTitle,
    string Code,
    string Title,
    string LeadUnit,
    int Percent,
    string Status,
    string Schedule,
    string Result,
    bool UpdatedInPeriod);

/// <summary>A part of the body: a numbered heading, a paragraph, a bulleted line or a table.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ReportHeading), "heading")]
[JsonDerivedType(typeof(ReportParagraph), "paragraph")]
[JsonDerivedType(typeof(ReportTable), "table")]
public abstract record ReportBlock;

/// <param name="Level">1 for "I. KẾT QUẢ THỰC HIỆN", 2 for "1. Tình hình chung", 3 for "a) …".</param>
public sealed record ReportHeading(int Level, string Text) : ReportBlock;

/// <param name="Italic">A note rather than body text (e.g. a warning on a small sample).</param>
public sealed record ReportParagraph(string Text, bool Italic = false) : ReportBlock;

/// <param name="Widths">Relative column widths, in percent of the text width.</param>
public sealed record ReportTable(IReadOnlyList<string> Columns, IReadOnlyList<int> Widths, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;
