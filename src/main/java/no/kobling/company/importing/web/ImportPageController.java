package no.kobling.company.importing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import no.kobling.company.importing.ImportFormat;
import no.kobling.company.importing.ImportRunView;
import no.kobling.company.importing.RejectionView;
import no.kobling.company.importing.application.ImportService;
import no.kobling.shared.DomainException;
import no.kobling.shared.PageResult;
import no.kobling.shared.web.HtmxRequest;
import no.kobling.shared.web.ListLinks;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.WebUtils;

/**
 * {@code /companies/imports}: upload form and import history; {@code /companies/imports/{id}}: one run with its
 * progress (polled by htmx every second on {@code .../progress}) and its rejected records.
 */
@Controller
@RequestMapping("/companies/imports")
class ImportPageController {

    static final int PAGE_SIZE = 20;
    private final ImportService imports;

    ImportPageController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        addList(page, model, request);
        model.addAttribute("selectedFormat", ImportFormat.BRREG_CSV.code());
        return "company/imports";
    }

    @PostMapping
    String upload(HttpServletRequest request, Model model, HttpServletResponse response) {
        // the multipart body is parsed lazily here, so an upload over the limit gets this page, not an error page
        MultipartFile file;
        String format = null;
        try {
            format = request.getParameter("format");
            MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request,
                    MultipartHttpServletRequest.class);
            file = multipart == null ? null : multipart.getFile("file");
        } catch (MaxUploadSizeExceededException e) {
            return refused(format, "companyimport.error.too-large", 413, model, request, response);
        }
        if (file == null || file.isEmpty()) {
            return refused(format, "companyimport.upload.missing-file", 400, model, request, response);
        }
        try {
            long id = imports.start(format, file.getOriginalFilename(), file.getSize(), file::getInputStream);
            return "redirect:/companies/imports/" + id;
        } catch (DomainException e) {
            return refused(format, e.messageKey(), e.status(), model, request, response);
        }
    }

    private String refused(String format, String messageKey, int status, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(status);
        addList(0, model, request);
        model.addAttribute("uploadError", messageKey);
        model.addAttribute("selectedFormat", format);
        return "company/imports";
    }

    private void addList(int page, Model model, HttpServletRequest request) {
        PageResult<ImportRunView> runs = imports.list(page, PAGE_SIZE);
        model.addAttribute("runs", runs.content());
        model.addAttribute("links", ListLinks.of(request, new PageImpl<>(runs.content(),
                PageRequest.of(runs.page(), PAGE_SIZE), runs.totalElements())));
        model.addAttribute("formats", Arrays.stream(ImportFormat.values()).map(ImportFormat::code).toList());
        model.addAttribute("maxMegabytes", String.valueOf(imports.maxUploadSize().toMegabytes()));
    }

    @GetMapping("/{id}")
    String run(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletRequest request) {
        ImportRunView run = imports.find(id);
        PageResult<RejectionView> rejections = imports.rejections(id, page, 50);
        model.addAttribute("run", run);
        model.addAttribute("rejections", rejections.content());
        model.addAttribute("links", ListLinks.of(request, new PageImpl<>(rejections.content(),
                PageRequest.of(rejections.page(), 50), rejections.totalElements())));
        return HtmxRequest.view(request, "company/imports-run", "progress");
    }

    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, @RequestParam(defaultValue = "false") boolean polling, Model model,
            HttpServletResponse response) {
        ImportRunView run = imports.find(id);
        if (polling && !run.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        model.addAttribute("rejections", List.of());
        return "company/imports-run :: progress";
    }
}
