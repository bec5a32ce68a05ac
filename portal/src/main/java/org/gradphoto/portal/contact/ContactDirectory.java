package org.gradphoto.portal.contact;

import java.util.ArrayList;
import java.util.List;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.InvalidFieldException;
import org.gradphoto.portal.table.ExcelExport;
import org.gradphoto.portal.table.RowCheck;
import org.gradphoto.portal.table.RowProblem;
import org.gradphoto.portal.table.Table;
import org.gradphoto.portal.table.TableReader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory: read by anyone, changed by the admin one line at a time or by importing a table that replaces it
 * whole. An import with any bad row changes nothing and names every bad row.
 */
@Service
@Transactional
public class ContactDirectory {

    static final List<String> KIND = List.of("类别", "类型", "kind");
    static final List<String> NAME = List.of("名称", "机构", "机构名称", "单位", "单位名称", "地州市考试机构", "考试机构", "name");
    static final List<String> PHONES = List.of("联系电话", "电话", "电话号码", "phone", "phones");
    static final List<String> ADDRESS = List.of("地址", "办公地址", "address");
    static final List<String> HOURS = List.of("办公时间", "工作时间", "hours");

    private final ContactRepository contacts;
    private final MessageSource messages;

    ContactDirectory(ContactRepository contacts, MessageSource messages) {
        this.contacts = contacts;
        this.messages = messages;
    }

    /** A line as pages show it. */
    public record Line(Long id, int number, ContactEntry entry) {
    }

    @Transactional(readOnly = true)
    public List<Line> all() {
        List<Line> out = new ArrayList<>();
        for (Contact c : contacts.findAllByOrderBySortOrderAscIdAsc()) {
            out.add(new Line(c.getId(), out.size() + 1, c.entry()));
        }
        return out;
    }

    /** Adds a line after the last. */
    public void add(ContactEntry e) {
        int last = contacts.findAllByOrderBySortOrderAscIdAsc().stream().mapToInt(Contact::getSortOrder).max().orElse(0);
        contacts.save(new Contact(e, last + 1));
    }

    public void change(Long id, ContactEntry e) {
        contacts.findById(id).orElseThrow(NotFoundException::new).change(e);
    }

    public void remove(Long id) {
        contacts.delete(contacts.findById(id).orElseThrow(NotFoundException::new));
    }

    /** What an import did: rows read, lines now in the directory, and the problems (none when it replaced it). */
    public record ImportResult(int rowsRead, int imported, List<RowProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Replaces the directory with the table's rows, in their order; refuses a table without a name and a phone column. */
    public ImportResult replaceWith(byte[] bytes, String fileName) {
        Table t = TableReader.read(bytes, fileName);
        if (NAME.stream().noneMatch(t.headers()::contains) || PHONES.stream().noneMatch(t.headers()::contains)) {
            throw new RefusedException("contacts.error.columns");
        }
        List<RowProblem> problems = new ArrayList<>();
        List<ContactEntry> entries = new ArrayList<>();
        for (Table.Row row : t.rows()) {
            RowCheck check = new RowCheck(row, problems);
            ContactKind kind = ContactKind.named(row.get(KIND));
            if (kind == null) {
                check.fail(KIND, "应为“考试机构”或“学校照片采集”：" + row.get(KIND), "should be an exam office or a school photo office: " + row.get(KIND));
                continue;
            }
            try {
                entries.add(new ContactEntry(kind, row.get(NAME), row.get(PHONES), row.get(ADDRESS), row.get(HOURS)));
            } catch (InvalidFieldException e) {
                List<String> column = switch (e.field()) {
                    case "name" -> NAME;
                    case "phones" -> PHONES;
                    case "address" -> ADDRESS;
                    default -> HOURS;
                };
                String key = e.messageKey();
                check.fail(column, messages.getMessage(key, null, java.util.Locale.SIMPLIFIED_CHINESE),
                        messages.getMessage(key, null, java.util.Locale.ENGLISH));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(t.rows().size(), 0, problems);
        }
        if (entries.isEmpty()) {
            throw new RefusedException("contacts.error.no_rows");
        }
        contacts.deleteAllInBatch();
        for (int i = 0; i < entries.size(); i++) {
            contacts.save(new Contact(entries.get(i), i + 1));
        }
        return new ImportResult(t.rows().size(), entries.size(), List.of());
    }

    /** The table to fill in, with the directory as it is now (so that exporting, editing and importing round-trips). */
    @Transactional(readOnly = true)
    public byte[] asWorkbook() {
        List<List<String>> rows = new ArrayList<>();
        for (Line l : all()) {
            ContactEntry e = l.entry();
            rows.add(List.of(String.valueOf(l.number()), e.kind().zh(), e.name(), e.phones(), e.address(), e.hours()));
        }
        return ExcelExport.write("联系方式", List.of("序号", KIND.get(0), NAME.get(0), PHONES.get(0), ADDRESS.get(0), HOURS.get(0)), rows);
    }
}
