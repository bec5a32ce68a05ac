package org.gradphoto.portal.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gradphoto.portal.NotFoundException;
import org.gradphoto.portal.RefusedException;
import org.gradphoto.portal.account.Account;
import org.gradphoto.portal.account.AccountRepository;
import org.gradphoto.portal.account.Institution;
import org.gradphoto.portal.account.InstitutionRepository;
import org.gradphoto.portal.account.Role;
import org.gradphoto.portal.files.PhotoStore;
import org.gradphoto.portal.files.StoredFile;
import org.gradphoto.portal.files.StoredFileRepository;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice board: who may publish to whom, what a reader is shown, the count of readings, withdrawal. Offices,
 * schools and the admin publish; a school or an office to everyone or to its own people, the admin and the
 * provincial authority to everyone or to any institution.
 */
@Service
@Transactional
class NoticeBoard {

    static final int PAGE_SIZE = 20;
    private static final Set<Role> PUBLISHERS = Set.of(Role.ADMIN, Role.PROVINCE, Role.REVIEWER, Role.SCHOOL);

    private final NoticeRepository notices;
    private final AccountRepository accounts;
    private final InstitutionRepository institutions;
    private final PhotoStore store;
    private final StoredFileRepository files;
    private final MessageSource messages;
    private final Clock clock;

    NoticeBoard(NoticeRepository notices, AccountRepository accounts, InstitutionRepository institutions, PhotoStore store,
            StoredFileRepository files, MessageSource messages, Clock clock) {
        this.notices = notices;
        this.accounts = accounts;
        this.institutions = institutions;
        this.store = store;
        this.files = files;
        this.messages = messages;
        this.clock = clock;
    }

    /** The reader an account is (its institution; everything for the admin and the province); a visitor without. */
    @Transactional(readOnly = true)
    public Reader reader(Long accountId) {
        if (accountId == null) {
            return Reader.VISITOR;
        }
        Account a = accounts.require(accountId);
        return new Reader(a.getId(), a.getInstitution() == null ? null : a.getInstitution().getId(),
                a.getRole() == Role.ADMIN || a.getRole() == Role.PROVINCE);
    }

    @Transactional(readOnly = true)
    public Page<NoticeView> shown(Reader reader, int page, Locale locale) {
        Instant now = clock.instant();
        return notices.shown(now, reader.institutionId(), reader.accountId(), reader.mayManageAll(),
                PageRequest.of(Math.max(0, page), PAGE_SIZE)).map(n -> view(n, now, locale));
    }

    /** A notice as its reader opens it, counted as one more reading; a notice not shown to them is not found. */
    public NoticeView read(Long id, Reader reader, Locale locale) {
        Instant now = clock.instant();
        Notice n = readable(id, reader, now);
        if (n.isShownAt(now)) {
            notices.countView(n.getId());
        }
        NoticeView v = view(n, now, locale);
        return n.isShownAt(now) ? v.withOneMoreView() : v;
    }

    /** An attachment's name, type and bytes, for whoever may read the notice. */
    @Transactional(readOnly = true)
    public Download attachment(Long id, int position, Reader reader) {
        Notice n = readable(id, reader, clock.instant());
        if (position < 0 || position >= n.getAttachments().size()) {
            throw new NotFoundException();
        }
        NoticeAttachment a = n.getAttachments().get(position);
        StoredFile f = files.findById(a.fileKey()).orElseThrow(NotFoundException::new);
        return new Download(a.fileName(), a.contentType(), store.get(f));
    }

    /** A notice this reader may open now (shown to them, or theirs to manage); any other is not found. */
    private Notice readable(Long id, Reader reader, Instant now) {
        return notices.findById(id).filter(x -> x.isFor(reader)).filter(x -> x.isShownAt(now) || mayManage(reader, x))
                .orElseThrow(NotFoundException::new);
    }

    /** A file to send: its name for the browser, its type and bytes. */
    record Download(String name, String contentType, byte[] bytes) {
    }

    /** The audiences this account may publish to, besides everyone; refused to an account that may not publish. */
    @Transactional(readOnly = true)
    public List<Institution> audiences(Long accountId) {
        Account a = publisher(accountId);
        return switch (a.getRole()) {
            case ADMIN, PROVINCE -> institutions.findAllByOrderByCityZhAscCodeAsc();
            default -> a.getInstitution() != null ? List.of(a.getInstitution()) : institutions.findByCityZhOrderByCode(a.getCityZh());
        };
    }

    public Long publish(Long accountId, NoticeDraft draft, List<NoticeFile> attached) {
        Account a = publisher(accountId);
        if (draft.audienceId() != null && audiences(accountId).stream().noneMatch(i -> i.getId().equals(draft.audienceId()))) {
            throw new RefusedException("notice.error.audience");
        }
        if (attached.size() > Notice.MAX_ATTACHMENTS) {
            throw new RefusedException("notice.error.attachments");
        }
        List<NoticeAttachment> stored = new ArrayList<>();
        for (NoticeFile f : attached) {
            StoredFile s = files.save(store.put(f.bytes(), f.contentType()));
            stored.add(new NoticeAttachment(s.getKey(), f.name(), f.contentType(), f.bytes().length));
        }
        return notices.save(new Notice(draft, publisherOf(a), stored, clock.instant())).getId();
    }

    /** The publisher's own notices (every notice for the admin and the province), newest first, with their state. */
    @Transactional(readOnly = true)
    public Page<NoticeView> managed(Long accountId, int page, Locale locale) {
        Account a = publisher(accountId);
        Instant now = clock.instant();
        PageRequest p = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        Page<Notice> list = a.getRole() == Role.ADMIN || a.getRole() == Role.PROVINCE
                ? notices.findAllByOrderByCreatedAtDescIdDesc(p)
                : notices.findByAuthorIdOrderByCreatedAtDescIdDesc(a.getId(), p);
        return list.map(n -> view(n, now, locale));
    }

    public void withdraw(Long accountId, Long id) {
        Reader r = reader(publisher(accountId).getId());
        Notice n = notices.findById(id).filter(x -> mayManage(r, x)).orElseThrow(NotFoundException::new);
        n.withdraw();
    }

    private static boolean mayManage(Reader r, Notice n) {
        return r.mayManageAll() || n.getAuthorId().equals(r.accountId());
    }

    private Account publisher(Long accountId) {
        Account a = accounts.require(accountId);
        if (!PUBLISHERS.contains(a.getRole())) {
            throw new NotFoundException();
        }
        return a;
    }

    private Publisher publisherOf(Account a) {
        if (a.getInstitution() != null) {
            return new Publisher(a.getId(), a.getInstitution().getNameZh(), a.getInstitution().getNameEn());
        }
        String key = "notices.publisher." + a.getRole().name().toLowerCase(Locale.ROOT);
        Object[] args = {a.getCityZh()};
        return new Publisher(a.getId(), messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE),
                messages.getMessage(key, args, Locale.ENGLISH));
    }

    private NoticeView view(Notice n, Instant now, Locale locale) {
        String audience = n.getAudienceId() == null ? null
                : institutions.findById(n.getAudienceId()).map(i -> i.name(locale)).orElse(null);
        List<NoticeView.File> attached = new ArrayList<>();
        for (int i = 0; i < n.getAttachments().size(); i++) {
            NoticeAttachment a = n.getAttachments().get(i);
            attached.add(new NoticeView.File(i, a.fileName(), a.sizeBytes()));
        }
        return new NoticeView(n.getId(), n.getTitle(), n.paragraphs(), n.publisher(locale), audience, n.getPublishAt(),
                n.getExpireAt(), n.getViews(), n.stateAt(now), attached);
    }
}
