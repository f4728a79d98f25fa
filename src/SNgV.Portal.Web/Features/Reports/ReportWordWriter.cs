using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SNgV.Portal.Web.Features.Reports;

/// <summary>
/// The report as a Word document (.docx) in the layout of Decree 30/2020/NĐ-CP: A4, margins 20/20/30/15 mm, Times New
/// Roman 14 pt justified with a 1 cm first-line indent, the two header blocks, page numbers centred at the top from
/// page 2, the recipients and the signature side by side.
/// </summary>
public static class ReportWordWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string Font = "Times New Roman";

    // Sizes in half-points, lengths in twentieths of a point (1 mm ≈ 56.7).
    private const int Body = 28;
    private const int Table = 24;
    private const int TextWidth = 9071;

    public static byte[] Write(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            var pageNumbers = main.AddNewPart<HeaderPart>();
            pageNumbers.Header = new Header(PageNumber());
            var firstPage = main.AddNewPart<HeaderPart>();
            firstPage.Header = new Header(new Paragraph());

            var body = new Body();
            body.Append(Letterhead(document.Header));
            body.Append(Centered(document.Title, bold: true, size: Body, spaceBefore: 360));
            body.Append(Centered(document.Summary, bold: true, size: Body, spaceAfter: 240));
            foreach (var block in document.Body)
            {
                body.Append(block switch
                {
                    ReportHeading heading => [Heading(heading)],
                    ReportParagraph paragraph => [BodyParagraph(paragraph)],
                    ReportTable table => [DataTable(table), new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }))],
                    _ => Array.Empty<OpenXmlElement>(),
                });
            }

            body.Append(Closing(document));
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(pageNumbers) },
                new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstPage) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 851U, Header = 567U, Footer = 567U },
                new TitlePage()));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = Body.ToString() },
                new FontSizeComplexScript { Val = Body.ToString() },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "288", LineRule = LineSpacingRuleValues.Auto }))));
    }

    /// <summary>The page number, centred in the top margin; the first page has its own, empty header.</summary>
    private static Paragraph PageNumber() => new(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("2")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));

    /// <summary>The two header blocks: the agency on the left, the national motto on the right, each over a short rule.</summary>
    private static Table Letterhead(ReportHeader header)
    {
        var left = Cell(3969,
            Centered(header.ParentAuthority, size: 26, spaceAfter: 0),
            Centered(header.Agency, bold: true, size: 26, spaceAfter: 120, ruleIndent: 1200),
            Centered(header.NumberLine, size: 26));
        var right = Cell(5102,
            Centered(header.Nation, bold: true, size: 24, spaceAfter: 0),
            Centered(header.Motto, bold: true, size: 26, spaceAfter: 120, ruleIndent: 700),
            Centered(header.PlaceAndDate, italic: true, size: 26));
        return Borderless(new TableRow(left, right), 3969, 5102);
    }

    private static Paragraph Heading(ReportHeading heading) => new(
        new ParagraphProperties(
            new KeepNext(),
            new SpacingBetweenLines { Before = heading.Level == 1 ? "180" : "120", After = "120" },
            new Indentation { FirstLine = "567" },
            new Justification { Val = JustificationValues.Both }),
        TextRun(heading.Text, bold: heading.Level <= 2, italic: heading.Level == 3));

    private static Paragraph BodyParagraph(ReportParagraph paragraph) => new(
        new ParagraphProperties(new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both }),
        TextRun(paragraph.Text, italic: paragraph.Italic));

    private static Table DataTable(ReportTable table)
    {
        var widths = table.Widths.Select(w => TextWidth * w / 100).ToArray();
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() }));
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var result = new Table(
            new TableProperties(new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa }, border, new TableLayout { Type = TableLayoutValues.Fixed }),
            grid);
        result.Append(new TableRow(
            [new TableRowProperties(new TableHeader()), .. table.Columns.Select((c, i) => Cell(widths[i], CellParagraph(c, bold: true, centred: true)))]));
        foreach (var row in table.Rows)
        {
            result.Append(new TableRow(
                [new TableRowProperties(new CantSplit()), .. row.Select((c, i) => Cell(widths[i], CellParagraph(c, bold: false, centred: false)))]));
        }

        return result;
    }

    /// <summary>"Nơi nhận" on the left, level with the signature block on the right.</summary>
    private static Table Closing(ReportDocument document)
    {
        var recipients = new List<OpenXmlElement>
        {
            new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "0" }), TextRun("Nơi nhận:", bold: true, italic: true, size: 24)),
        };
        recipients.AddRange(document.Recipients.Select(r =>
            new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), TextRun(r, size: 22))));

        var signature = new List<OpenXmlElement>();
        if (document.Signature.Authority.Length > 0)
        {
            signature.Add(Centered(document.Signature.Authority.ToUpperInvariant(), bold: true, size: Body, spaceBefore: 240, spaceAfter: 0));
        }

        signature.Add(Centered(document.Signature.Title.ToUpperInvariant(), bold: true, size: Body, spaceBefore: document.Signature.Authority.Length > 0 ? 0 : 240, spaceAfter: 1440));
        signature.Add(Centered(document.Signature.Name, bold: true, size: Body));
        return Borderless(new TableRow(Cell(4535, [.. recipients]), Cell(4536, [.. signature])), 4535, 4536);
    }

    private static Table Borderless(TableRow row, params int[] widths) => new(
        new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
            new TableLayout { Type = TableLayoutValues.Fixed }),
        new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })),
        row);

    private static TableCell Cell(int width, params OpenXmlElement[] content) =>
        new([new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }), .. content]);

    private static Paragraph CellParagraph(string text, bool bold, bool centred) => new(
        new ParagraphProperties(
            new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = centred ? JustificationValues.Center : JustificationValues.Left }),
        TextRun(text, bold: bold, size: Table));

    /// <param name="ruleIndent">When given, a short rule under the paragraph: its bottom border, narrowed by indenting both sides.</param>
    private static Paragraph Centered(string text, bool bold = false, bool italic = false, int size = Body, int spaceBefore = 0, int spaceAfter = 120, int? ruleIndent = null)
    {
        // Children of w:pPr must keep the schema's order: pBdr, spacing, ind, jc.
        var properties = new ParagraphProperties();
        if (ruleIndent is not null)
        {
            properties.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }));
        }

        properties.Append(new SpacingBetweenLines { Before = spaceBefore.ToString(), After = spaceAfter.ToString() });
        if (ruleIndent is { } indent)
        {
            properties.Append(new Indentation { Left = indent.ToString(), Right = indent.ToString() });
        }

        properties.Append(new Justification { Val = JustificationValues.Center });
        return new Paragraph(properties, TextRun(text, bold, italic, size));
    }

    private static Run TextRun(string text, bool bold = false, bool italic = false, int size = Body)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        properties.Append(new FontSize { Val = size.ToString() }, new FontSizeComplexScript { Val = size.ToString() });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
