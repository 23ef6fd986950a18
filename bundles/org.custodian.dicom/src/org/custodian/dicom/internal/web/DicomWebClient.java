package org.custodian.dicom.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import org.custodian.dicom.ArchiveEndpoint;
import org.custodian.dicom.DicomExchangeException;
import org.custodian.dicom.DicomHeader;
import org.custodian.dicom.DicomObjectReader;
import org.custodian.dicom.DicomReadException;
import org.custodian.dicom.EchoResult;
import org.custodian.dicom.RetrievedStudy;
import org.custodian.dicom.StudyArchive;
import org.custodian.dicom.StudySummary;

/**
 * A DICOMweb server as a {@link StudyArchive}: QIDO-RS for the study and instance lists (DICOM JSON, paged with
 * limit and offset), WADO-RS for a study's objects (multipart/related, each part as stored: transfer-syntax=*),
 * with the endpoint's basic or bearer credentials on every request. java.net.http, HTTP/1.1 and HTTP/2, TLS with
 * the given SSL context. Errors name the HTTP status in words: 401 our credentials refused, 403 not allowed,
 * 404 not found.
 */
public final class DicomWebClient implements StudyArchive {

    /** Studies asked for per QIDO-RS page. */
    static final int PAGE = 1000;
    /** The most pages one inventory reads: 10,000 x 1000 studies, far beyond any archive's range of a day. */
    static final int MAX_PAGES = 10_000;
    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String ACCEPT_OBJECTS = "multipart/related; type=\"application/dicom\"; transfer-syntax=*";

    private final ArchiveEndpoint endpoint;
    private final DicomObjectReader reader;
    private final HttpClient http;

    public DicomWebClient(ArchiveEndpoint endpoint, DicomObjectReader reader, SSLContext ssl) {
        this.endpoint = endpoint;
        this.reader = reader;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (ssl != null) {
            b.sslContext(ssl);
        }
        this.http = b.build();
    }

    @Override
    public ArchiveEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public EchoResult echo(Duration timeout) {
        long start = System.nanoTime();
        try {
            get(endpoint.webUrl() + "/studies?limit=1", "application/dicom+json", timeout,
                    HttpResponse.BodyHandlers.ofString());
            Duration d = Duration.ofNanos(System.nanoTime() - start);
            return new EchoResult(endpoint.dimse(), true, d, "QIDO-RS at " + endpoint.webUrl() + " answered in "
                    + d.toMillis() + " ms (" + endpoint.credentials() + ")");
        } catch (DicomExchangeException e) {
            return new EchoResult(endpoint.dimse(), false, Duration.ofNanos(System.nanoTime() - start), e.getMessage());
        }
    }

    @Override
    public List<StudySummary> findStudies(LocalDate from, LocalDate to, Duration timeout)
            throws DicomExchangeException {
        List<StudySummary> studies = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String base = endpoint.webUrl() + "/studies?StudyDate=" + DA.format(from) + "-" + DA.format(to)
                + "&includefield=00080061&includefield=00080062&includefield=00201206&includefield=00201208"
                + "&includefield=00080050&includefield=00100020&includefield=00080030&limit=" + PAGE;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<Map<String, Object>> matches = jsonList(base + "&offset=" + (page * PAGE), timeout);
            int fresh = 0;
            for (Map<String, Object> m : matches) {
                StudySummary s = DicomJson.study(m);
                if (s != null && seen.add(s.studyInstanceUid())) {
                    studies.add(s);
                    fresh++;
                }
            }
            // a server that ignores offset sends the same page again: nothing new ends the listing
            if (matches.size() < PAGE || fresh == 0) {
                return studies;
            }
        }
        throw new DicomExchangeException(null, "QIDO-RS at " + endpoint.webUrl() + ": more than " + MAX_PAGES * PAGE
                + " studies in the range; choose a shorter range", false, null);
    }

    @Override
    public List<String> findInstances(String studyInstanceUid, Duration timeout) throws DicomExchangeException {
        List<String> uids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String base = endpoint.webUrl() + "/studies/" + enc(studyInstanceUid) + "/instances?includefield=00080018&limit="
                + PAGE;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<Map<String, Object>> matches = jsonList(base + "&offset=" + (page * PAGE), timeout);
            int fresh = 0;
            for (Map<String, Object> m : matches) {
                String uid = DicomJson.string(m, "00080018");
                if (uid != null && seen.add(uid)) {
                    uids.add(uid);
                    fresh++;
                }
            }
            if (matches.size() < PAGE || fresh == 0) {
                return uids;
            }
        }
        return uids;
    }

    @Override
    public RetrievedStudy retrieveStudy(StudySummary study, Path folder, Duration timeout)
            throws DicomExchangeException {
        long start = System.nanoTime();
        String url = endpoint.webUrl() + "/studies/" + enc(study.studyInstanceUid());
        HttpResponse<InputStream> response = get(url, ACCEPT_OBJECTS, timeout, HttpResponse.BodyHandlers.ofInputStream());
        List<Path> files = new ArrayList<>();
        try (InputStream body = response.body()) {
            String boundary = MultipartReader.boundary(response.headers().firstValue("Content-Type").orElse(null));
            Path[] current = new Path[1];
            MultipartReader.read(body, boundary, new MultipartReader.PartSink() {
                @Override
                public OutputStream open(int index, String contentType) throws IOException {
                    current[0] = MultipartReader.tempFile(folder, index);
                    return Files.newOutputStream(current[0]);
                }

                @Override
                public void done(int index, String contentType, long bytes) throws IOException {
                    Path part = current[0];
                    try {
                        DicomHeader h = reader.read(part);
                        Path named = folder.resolve(h.sopInstanceUid());
                        files.add(Files.move(part, named, StandardCopyOption.REPLACE_EXISTING));
                    } catch (DicomReadException e) {
                        // kept under its part name: the comparison reports it as an object that does not parse
                        files.add(part);
                    }
                }
            });
        } catch (MultipartReader.TruncatedException e) {
            throw new DicomExchangeException(null, "WADO-RS " + url + ": " + e.getMessage() + "; " + files.size()
                    + " complete objects came before it", false, e);
        } catch (IOException e) {
            throw new DicomExchangeException(null, "WADO-RS " + url + ": " + describe(e, timeout), isTimeout(e), e);
        }
        return new RetrievedStudy(study.studyInstanceUid(), files, Duration.ofNanos(System.nanoTime() - start));
    }

    private List<Map<String, Object>> jsonList(String url, Duration timeout) throws DicomExchangeException {
        HttpResponse<String> r = get(url, "application/dicom+json", timeout, HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        if (r.statusCode() == 204 || body == null || body.isBlank()) {
            return List.of(); // no match
        }
        try {
            return DicomJson.matches(new com.google.gson.Gson().fromJson(body, Object.class));
        } catch (IllegalArgumentException | com.google.gson.JsonParseException e) {
            throw new DicomExchangeException(null, "QIDO-RS " + url + " answered with malformed DICOM JSON: "
                    + e.getMessage(), false, e);
        }
    }

    private <T> HttpResponse<T> get(String url, String accept, Duration timeout, HttpResponse.BodyHandler<T> handler)
            throws DicomExchangeException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Accept", accept).GET();
        endpoint.credentials().authorization().ifPresent(a -> b.header("Authorization", a));
        HttpResponse<T> r;
        try {
            r = http.send(b.build(), handler);
        } catch (IOException e) {
            throw new DicomExchangeException(endpoint.dimse(), "DICOMweb " + url + ": " + describe(e, timeout),
                    isTimeout(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DicomExchangeException(endpoint.dimse(), "DICOMweb " + url + " was interrupted", false, e);
        }
        int status = r.statusCode();
        if (status == 200 || status == 204 || status == 206) {
            return r;
        }
        if (r.body() instanceof InputStream in) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the refusal is what matters
            }
        }
        throw new DicomExchangeException(endpoint.dimse(), "DICOMweb " + url + ": HTTP " + status + " ("
                + HttpStatus.meaning(status, endpoint.credentials()) + ")", false, null);
    }

    private static boolean isTimeout(IOException e) {
        return e instanceof HttpTimeoutException;
    }

    private String describe(IOException e, Duration timeout) {
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused by " + endpoint.webUrl().getHost() + " (nothing listening on that port?)";
            }
            if (t instanceof java.nio.channels.UnresolvedAddressException
                    || t instanceof java.net.UnknownHostException) {
                return "unknown host '" + endpoint.webUrl().getHost() + "'";
            }
            if (t instanceof SSLException) {
                return "TLS failed (" + t.getMessage() + "): is the server's certificate trusted by the console?";
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String enc(String uid) {
        return URLEncoder.encode(uid, StandardCharsets.US_ASCII);
    }
}
