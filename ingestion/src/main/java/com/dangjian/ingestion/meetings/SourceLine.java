package com.dangjian.ingestion.meetings;

import org.springframework.batch.item.ResourceAware;
import org.springframework.core.io.Resource;

/** One physical line of an inbox file, with the file and line number it came from. */
public class SourceLine implements ResourceAware {

    private final String text;
    private final long lineNumber;
    private String file = "";

    public SourceLine(String text, long lineNumber) {
        this.text = text;
        this.lineNumber = lineNumber;
    }

    @Override
    public void setResource(Resource resource) {
        this.file = resource.getFilename();
    }

    public String text() {
        return text;
    }

    public long lineNumber() {
        return lineNumber;
    }

    public String file() {
        return file;
    }
}
