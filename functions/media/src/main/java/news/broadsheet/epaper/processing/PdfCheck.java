package news.broadsheet.epaper.processing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import news.broadsheet.epaper.PdfRejection;
import news.broadsheet.epaper.PdfRules;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Whether bytes are a 版面 PDF we accept, checked in order: size, header, the end-of-file marker
 * (a truncated upload), that it parses and is not encrypted, exactly one page, no active content
 * anywhere in its object graph, a page size within {@link PdfRules}, and images whose declared size
 * decodes within {@link PdfRules#MAX_IMAGE_BYTES}, inline images in content streams included (a decompression
 * bomb is refused before any decoding).
 */
final class PdfCheck {
    /** Action types that run or fetch something (ISO 32000-2 §12.6.4); GoTo, URI and the like only move the view. */
    static final Set<String> ACTIVE_ACTIONS = Set.of("JavaScript", "Launch", "SubmitForm", "ImportData", "GoToE", "GoToR",
            "RichMediaExecute", "Rendition", "Sound", "Movie", "GoTo3DView");
    /** Keys whose presence alone means scripts or files inside (§7.7.4 Names: JavaScript, EmbeddedFiles; §7.11.4 EF). */
    /** URI schemes a link may not use: they run script or read local data where the PDF is opened. */
    static final Set<String> ACTIVE_SCHEMES = Set.of("javascript", "vbscript", "data", "file");
    static final Set<String> ACTIVE_KEYS = Set.of("JS", "JavaScript", "EmbeddedFiles", "EF", "RichMediaContent", "XFA", "AA");

    private PdfCheck() {}

    /** The parsed document (the caller closes it), or {@link PdfRejected}. */
    static PDDocument open(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > PdfRules.MAX_BYTES) {
            throw new PdfRejected(PdfRejection.WRONG_SIZE, "the file is " + bytes.length + " bytes; 1 to " + PdfRules.MAX_BYTES + " are accepted");
        }
        String head = new String(bytes, 0, Math.min(8, bytes.length), StandardCharsets.ISO_8859_1);
        if (!head.matches("%PDF-[12]\\.\\d.*")) {
            throw new PdfRejected(PdfRejection.NOT_A_PDF, "the file does not start with a PDF header (%PDF-1.x or %PDF-2.0)");
        }
        int tail = Math.max(0, bytes.length - 1024);
        if (!new String(bytes, tail, bytes.length - tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw new PdfRejected(PdfRejection.UNREADABLE, "the file ends before the PDF does (no %%EOF in its last 1,024 bytes): upload it again");
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new PdfRejected(PdfRejection.ENCRYPTED, "the PDF needs a password");
        } catch (IOException | RuntimeException e) {
            throw new PdfRejected(PdfRejection.UNREADABLE, "the PDF does not parse: " + e.getMessage());
        }
        try {
            check(doc);
            return doc;
        } catch (RuntimeException e) {
            try {
                doc.close();
            } catch (IOException ignored) {
                // refusing already
            }
            throw e;
        }
    }

    private static void check(PDDocument doc) {
        if (doc.isEncrypted()) {
            throw new PdfRejected(PdfRejection.ENCRYPTED, "the PDF is encrypted");
        }
        int leaves = leaves(doc.getPages().getCOSObject());
        if (doc.getNumberOfPages() != 1 || leaves != 1) {
            throw new PdfRejected(PdfRejection.NOT_ONE_PAGE, "the PDF has " + Math.max(leaves, doc.getNumberOfPages())
                    + " pages; a 版面 is one");
        }
        String active = activeContent(doc.getDocument().getTrailer());
        if (active != null) {
            throw new PdfRejected(PdfRejection.ACTIVE_CONTENT, "the PDF carries " + active
                    + "; export the page again without scripts, actions or attachments");
        }
        checkImages(doc.getDocument().getTrailer());
        PDRectangle box = doc.getPage(0).getCropBox();
        double w = box.getWidth(), h = box.getHeight();
        if (Math.min(w, h) < PdfRules.MIN_SIDE_POINTS || Math.max(w, h) > PdfRules.MAX_SIDE_POINTS
                || Math.max(w, h) / Math.min(w, h) > PdfRules.MAX_ASPECT) {
            throw new PdfRejected(PdfRejection.WRONG_DIMENSIONS, String.format(java.util.Locale.ROOT,
                    "the page is %.0f × %.0f points; sides of %.0f to %.0f points, at most %.0f times as long as wide, are accepted",
                    w, h, PdfRules.MIN_SIDE_POINTS, PdfRules.MAX_SIDE_POINTS, PdfRules.MAX_ASPECT));
        }
    }

    /**
     * The first active thing found walking every object reachable from the trailer (dictionaries,
     * arrays, indirect objects; stream data is not read), or null. A walk rather than a list of known
     * places: actions hide in annotations, form fields, outlines and name trees alike.
     *
     * @throws PdfRejected {@link PdfRejection#UNREADABLE} for an indirect object the parser could not read
     */
    static String activeContent(COSDictionary trailer) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(trailer);
        while (!todo.isEmpty()) {
            COSBase next = todo.pop();
            if (next instanceof COSObject indirect) {
                next = indirect.getObject();
                if (next == null) {
                    // PDFBox gives null (and logs) for an object it failed to parse, COSNull for one that is
                    // absent: what it cannot read it cannot vouch for, and a viewer without its limits may run it.
                    throw new PdfRejected(PdfRejection.UNREADABLE, "the PDF has an object that cannot be read ("
                            + indirect.getKey() + "); export the page again");
                }
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dict) {
                for (COSName key : dict.keySet()) {
                    if (ACTIVE_KEYS.contains(key.getName())) {
                        return describe(key.getName());
                    }
                }
                COSName type = dict.getCOSName(COSName.S);
                if (type != null && ACTIVE_ACTIONS.contains(type.getName())) {
                    return "a " + type.getName() + " action";
                }
                if (type != null && type.getName().equals("URI") && activeScheme(dict.getDictionaryObject(COSName.URI)) != null) {
                    return "a link to a " + activeScheme(dict.getDictionaryObject(COSName.URI)) + " URI";
                }
                COSName subtype = dict.getCOSName(COSName.SUBTYPE);
                if (subtype != null && (subtype.getName().equals("FileAttachment") || subtype.getName().equals("RichMedia"))) {
                    return "an attached file";
                }
                dict.getValues().forEach(todo::push);
            } else if (next instanceof COSArray array) {
                array.forEach(todo::push);
            }
        }
        return null;
    }

    /**
     * Every image reachable from the trailer (XObjects, soft masks, masks, images inside forms,
     * patterns and annotations alike, and inline images ({@code BI … ID … EI}) inside the page's,
     * forms', tiling patterns', appearances' and Type 3 glyphs' content streams), sized from its
     * dictionary, never from its data.
     *
     * @throws PdfRejected {@link PdfRejection#IMAGE_TOO_LARGE} past either limit
     */
    static void checkImages(COSDictionary trailer) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<COSBase> content = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(trailer);
        long[] total = {0};
        while (!todo.isEmpty()) {
            COSBase next = resolve(todo.pop());
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dict) {
                if (dict instanceof COSStream && "Image".equals(name(dict, COSName.SUBTYPE))) {
                    count(dict, total);
                } else if (dict instanceof COSStream stream && (content.contains(stream) || "Form".equals(name(dict, COSName.SUBTYPE))
                        || dict.getInt(COSName.PATTERN_TYPE, 0) == 1)) {
                    inlineImages(stream, total);
                }
                markContent(dict, content);
                dict.getValues().forEach(todo::push);
            } else if (next instanceof COSArray array) {
                array.forEach(todo::push);
            }
        }
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject indirect ? indirect.getObject() : base;
    }

    /** The streams a dictionary names as content: a page's Contents, a Type 3 font's glyphs, an annotation's appearances. */
    private static void markContent(COSDictionary dict, Set<COSBase> content) {
        Deque<COSBase> named = new ArrayDeque<>();
        named.push(dict.getItem(COSName.CONTENTS) == null ? COSNull.NULL : dict.getItem(COSName.CONTENTS));
        if (resolve(dict.getItem(COSName.CHAR_PROCS)) instanceof COSDictionary procs) {
            procs.getValues().forEach(named::push);
        }
        if (resolve(dict.getItem(COSName.AP)) instanceof COSDictionary ap) {
            ap.getValues().forEach(named::push);
        }
        while (!named.isEmpty()) {
            COSBase item = resolve(named.pop());
            if (item instanceof COSStream stream) {
                content.add(stream);
            } else if (item instanceof COSArray array) {
                array.forEach(named::push);
            } else if (item instanceof COSDictionary states) {
                states.getValues().forEach(v -> {
                    if (resolve(v) instanceof COSStream stream) {
                        content.add(stream);
                    }
                });
            }
        }
    }

    /** Sizes every inline image of a content stream from its dictionary (its data is skipped, not decoded). */
    private static void inlineImages(COSStream stream, long[] total) {
        try (var in = stream.createInputStream()) {
            PDFStreamParser parser = new PDFStreamParser(in.readAllBytes());
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof Operator op && "BI".equals(op.getName()) && op.getImageParameters() != null) {
                    count(expanded(op.getImageParameters()), total);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PdfRejected r) {
                throw r;
            }
            // A content stream that does not parse draws nothing PDFBox would decode past where it broke.
        }
    }

    /** An inline image's dictionary with its abbreviated keys (ISO 32000-1, table 93) spelled out. */
    private static COSDictionary expanded(COSDictionary inline) {
        COSDictionary full = new COSDictionary();
        for (var e : inline.entrySet()) {
            COSName key = switch (e.getKey().getName()) {
                case "W" -> COSName.WIDTH;
                case "H" -> COSName.HEIGHT;
                case "BPC" -> COSName.BITS_PER_COMPONENT;
                case "IM" -> COSName.IMAGE_MASK;
                case "CS" -> COSName.COLORSPACE;
                default -> e.getKey();
            };
            full.setItem(key, e.getValue());
        }
        return full;
    }

    private static void count(COSDictionary image, long[] total) {
        long bytes = decodedBytes(image);
        total[0] += bytes;
        if (bytes > PdfRules.MAX_IMAGE_BYTES || total[0] > PdfRules.MAX_TOTAL_IMAGE_BYTES) {
            throw new PdfRejected(PdfRejection.IMAGE_TOO_LARGE, String.format(java.util.Locale.ROOT,
                    "an image in the PDF declares %,d × %,d pixels (%,d bytes decoded; %,d in all so far): at most %,d"
                            + " bytes an image and %,d in all are accepted; export the page with its photos at print resolution",
                    image.getInt(COSName.WIDTH), image.getInt(COSName.HEIGHT), bytes, total[0],
                    PdfRules.MAX_IMAGE_BYTES, PdfRules.MAX_TOTAL_IMAGE_BYTES));
        }
    }

    /** Width × height × components × bits per component / 8, with the largest a reader may assume where a key is missing. */
    static long decodedBytes(COSDictionary image) {
        long width = image.getInt(COSName.WIDTH, -1);
        long height = image.getInt(COSName.HEIGHT, -1);
        if (width <= 0 || height <= 0) {
            return 0; // nothing PDFBox would decode from the dictionary's size
        }
        boolean mask = image.getBoolean(COSName.IMAGE_MASK, false);
        int bits = mask ? 1 : image.getInt(COSName.BITS_PER_COMPONENT, 8);
        int components = mask ? 1 : components(image.getDictionaryObject(COSName.COLORSPACE, COSName.CS));
        long rowBytes = (width * components * Math.max(1, Math.min(bits, 16)) + 7) / 8;
        return rowBytes * height;
    }

    private static int components(COSBase space) {
        if (space instanceof COSObject indirect) {
            space = indirect.getObject();
        }
        if (space instanceof COSName n) {
            return switch (n.getName()) {
                case "DeviceGray", "G", "CalGray", "Indexed", "I", "Separation" -> 1;
                case "DeviceRGB", "RGB", "CalRGB", "Lab" -> 3;
                default -> 4;
            };
        }
        if (space instanceof COSArray a && a.size() > 0 && a.getObject(0) instanceof COSName family) {
            switch (family.getName()) {
                case "Indexed", "I", "Separation":
                    return 1;
                case "ICCBased":
                    return a.getObject(1) instanceof COSDictionary icc ? Math.max(1, Math.min(icc.getInt(COSName.N, 4), 32)) : 4;
                case "DeviceN":
                    return a.getObject(1) instanceof COSArray names ? Math.max(1, Math.min(names.size(), 32)) : 4;
                default:
                    return components(family);
            }
        }
        return 4; // unknown or missing (JPEG 2000 carries its own): the most a page image has
    }

    /**
     * The scheme of a link's URI that runs or reads something where it is opened (javascript:, vbscript:,
     * data:, file:), or null. Browsers drop tabs, newlines and leading spaces or controls before they read
     * a scheme (WHATWG URL standard, "basic URL parser"), so this does too.
     */
    static String activeScheme(COSBase uri) {
        if (!(uri instanceof org.apache.pdfbox.cos.COSString string)) {
            return null;
        }
        String plain = string.getString().replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "")
                .toLowerCase(java.util.Locale.ROOT);
        for (String scheme : ACTIVE_SCHEMES) {
            if (plain.startsWith(scheme + ":")) {
                return scheme + ":";
            }
        }
        return null;
    }

    /**
     * The leaves of the page tree (the pages a viewer shows), counted through /Kids rather than taken
     * from /Count, which PDFBox trusts and a file may misstate; a loop counts once.
     */
    static int leaves(COSDictionary root) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(root);
        int count = 0;
        while (!todo.isEmpty()) {
            COSBase next = resolve(todo.pop());
            if (!(next instanceof COSDictionary node) || !seen.add(node)) {
                continue;
            }
            if (resolve(node.getItem(COSName.KIDS)) instanceof COSArray kids) {
                kids.forEach(todo::push);
            } else {
                count++;
            }
        }
        return count;
    }

    private static String name(COSDictionary dict, COSName key) {
        COSName value = dict.getCOSName(key);
        return value == null ? null : value.getName();
    }

    private static String describe(String key) {
        return switch (key) {
            case "JS", "JavaScript" -> "JavaScript";
            case "EmbeddedFiles", "EF", "RichMediaContent" -> "an embedded file";
            case "XFA" -> "an XFA form";
            default -> "actions that run when it is opened or viewed (AA)";
        };
    }
}
