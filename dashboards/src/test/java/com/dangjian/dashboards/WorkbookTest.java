package com.dangjian.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The site's own .xlsx writer, read back with POI: text, numbers, gaps, markup and the 27th column. */
class WorkbookTest {

    @Test
    void whatIsWrittenIsWhatPoiReads() throws Exception {
        Workbook book = new Workbook();
        book.sheet("排名 [2024/02]").row("名次", "组织", "得分").row(1, "<第一支部> & \"党小组\"", 90.25).row(2, null, 66.66666666666667);
        Object[] wide = new Object[28];
        wide[27] = " 末列 ";
        wide[0] = "\u0001控制符";
        book.sheet("证据").row(wide);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.writeTo(out);

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(2);
            var ranking = read.getSheetAt(0);
            assertThat(read.getSheetName(0)).isEqualTo("排名  2024 02 ");
            assertThat(ranking.getLastRowNum()).isEqualTo(2);
            assertThat(ranking.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(ranking.getRow(1).getCell(1).getStringCellValue()).isEqualTo("<第一支部> & \"党小组\"");
            assertThat(ranking.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(90.25);
            assertThat(ranking.getRow(2).getCell(1)).isNull();
            assertThat(ranking.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(66.66666666666667);
            var evidence = read.getSheetAt(1);
            assertThat(evidence.getRow(0).getCell(0).getStringCellValue()).isEqualTo("控制符");
            assertThat(evidence.getRow(0).getCell(27).getCellType()).isEqualTo(CellType.STRING);
            assertThat(evidence.getRow(0).getCell(27).getStringCellValue()).isEqualTo(" 末列 ");
        }
        assertThat(Workbook.column(0)).isEqualTo("A");
        assertThat(Workbook.column(25)).isEqualTo("Z");
        assertThat(Workbook.column(27)).isEqualTo("AB");
        assertThat(Workbook.column(701)).isEqualTo("ZZ");
        assertThat(Workbook.column(702)).isEqualTo("AAA");
    }
}
