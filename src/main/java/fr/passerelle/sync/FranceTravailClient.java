package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.JobOffer;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The France Travail partner APIs as the spec describes them (francetravail-api.md): Bearer token from
 * {@link TokenCache}, one new token and one replay on a 401; Offres v2 paged with {@code range} (150 a page, 206 while
 * more, 200 on the last, 204 for none, the total from Content-Range); a query past the 3,150-offer ceiling sliced by
 * département; client-side rates (10/s offers, 1/s ROME and La Bonne Boite); retries of the policy (GET only).
 */
public final class FranceTravailClient implements PartnerApi {
    static final String OFFERS_SCOPE = "api_offresdemploiv2 o2dsoffre";
    static final String LBB_SCOPE = "api_labonneboitev2 search office";
    static final String ROME_SCOPE = "api_rome-metiersv1 nomenclatureRome";
    static final int PAGE = 150;
    static final int MAX_START = 3000;
    static final int CEILING = MAX_START + PAGE;
    private static final Pattern CONTENT_RANGE = Pattern.compile("offres (\\d+)-(\\d+)/(\\d+)");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpCalls calls;
    private final HttpUrl api;
    private final TokenCache tokens;
    private final Clock clock;
    private final RateLimiter offersRate;
    private final RateLimiter romeRate;

    public FranceTravailClient(OkHttpClient http, PartnerConfig config, RetryPolicy retry, Clock clock, RateLimiter offersRate,
                               RateLimiter romeRate) {
        this.calls = new HttpCalls(http, retry);
        this.api = HttpUrl.parse(config.apiBase().endsWith("/") ? config.apiBase() : config.apiBase() + "/");
        this.tokens = new TokenCache(calls, config, clock);
        this.clock = clock;
        this.offersRate = offersRate;
        this.romeRate = romeRate;
    }

    /** The published rates: 10 requests a second for offers, 1 for ROME 4.0 and La Bonne Boite. */
    public static FranceTravailClient standard(PartnerConfig config) {
        return new FranceTravailClient(SyncClients.http(), config, RetryPolicy.standard(), Clock.systemUTC(),
                RateLimiter.perSecond(10), RateLimiter.perSecond(1));
    }

    int tokensMinted() {
        return tokens.minted();
    }

    @Override
    public OfferHarvest offers(List<RomeCode> romes, List<String> departements) throws SyncException {
        Map<String, JobOffer> offers = new LinkedHashMap<>();
        List<Message> truncated = new ArrayList<>();
        for (RomeCode rome : romes) {
            Slice whole = slice(rome, departements, offers);
            if (whole.total() > CEILING) {
                if (departements.size() > 1) {
                    for (String departement : departements) {
                        Slice one = slice(rome, List.of(departement), offers);
                        if (one.total() > CEILING) {
                            truncated.add(ceiling(Message.of("sync.api.slice", Param.code(rome.value()), Param.code(departement)),
                                    one.total()));
                        }
                    }
                } else {
                    truncated.add(ceiling(departements.isEmpty() ? SyncWords.data(rome.value())
                            : Message.of("sync.api.slice", Param.code(rome.value()), Param.code(departements.get(0))), whole.total()));
                }
            }
        }
        return OfferHarvest.of(List.copyOf(offers.values()), truncated);
    }

    /** "F1602 × 59 : 4000 offres, 3150 récupérées (plafond de l'API)". */
    private static Message ceiling(Message slice, int total) {
        return Message.of("sync.api.truncated", Param.of(slice), SyncWords.digits(total), SyncWords.digits(CEILING));
    }

    private record Slice(int total) {
    }

    /** Pages through one query, adding its offers (by id: slices overlap nothing, but a page may repeat an offer). */
    private Slice slice(RomeCode rome, List<String> departements, Map<String, JobOffer> into) throws SyncException {
        int start = 0;
        int total = 0;
        while (start <= MAX_START) {
            HttpUrl.Builder url = api.newBuilder().addPathSegments("offresdemploi/v2/offres/search")
                    .addQueryParameter("codeROME", rome.value())
                    .addQueryParameter("range", start + "-" + (start + PAGE - 1));
            if (!departements.isEmpty()) {
                url.addQueryParameter("departement", String.join(",", departements));
            }
            try (Response response = get(url.build(), OFFERS_SCOPE, offersRate)) {
                if (response.code() == 204) {
                    return new Slice(total);
                }
                if (response.code() != 200 && response.code() != 206) {
                    throw apiError("sync.api.offers", response);
                }
                Matcher range = CONTENT_RANGE.matcher(String.valueOf(response.header("Content-Range")));
                total = range.matches() ? Integer.parseInt(range.group(3)) : Math.max(total, start + PAGE);
                PartnerDtos.SearchAnswer answer = MAPPER.readValue(response.body().bytes(), PartnerDtos.SearchAnswer.class);
                if (answer.resultats != null) {
                    for (PartnerDtos.Offer o : answer.resultats) {
                        PartnerMapper.offer(o, clock.instant()).ifPresent(offer -> into.putIfAbsent(offer.id(), offer));
                    }
                }
                if (response.code() == 200 || total <= start + PAGE) {
                    return new Slice(total);
                }
                if (total > CEILING && start == 0 && departements.size() > 1) {
                    return new Slice(total); // the caller slices by département instead of paging a query it cannot finish
                }
            } catch (IOException e) {
                throw cut("sync.api.offers", e);
            }
            start += PAGE;
        }
        return new Slice(total);
    }

    @Override
    public List<CompanyHit> companies(RomeCode rome, double latitude, double longitude, int km) throws SyncException {
        HttpUrl url = api.newBuilder().addPathSegments("labonneboite/v2/recherche").addQueryParameter("rome", rome.value())
                .addQueryParameter("latitude", String.valueOf(latitude)).addQueryParameter("longitude", String.valueOf(longitude))
                .addQueryParameter("distance", String.valueOf(km)).build();
        try (Response response = get(url, LBB_SCOPE, romeRate)) {
            if (response.code() != 200) {
                throw apiError("sync.api.companies", response);
            }
            PartnerDtos.Companies answer = MAPPER.readValue(response.body().bytes(), PartnerDtos.Companies.class);
            return answer.items == null ? List.of() : answer.items.stream().map(PartnerMapper::company).toList();
        } catch (IOException e) {
            throw cut("sync.api.companies", e);
        }
    }

    @Override
    public List<Metier> metiers() throws SyncException {
        HttpUrl url = api.newBuilder().addPathSegments("rome-metiers/v1/metiers/metier").addQueryParameter("champs", "code,libelle")
                .build();
        try (Response response = get(url, ROME_SCOPE, romeRate)) {
            if (response.code() != 200) {
                throw apiError("sync.api.rome", response);
            }
            PartnerDtos.MetierDto[] answer = MAPPER.readValue(response.body().bytes(), PartnerDtos.MetierDto[].class);
            List<Metier> out = new ArrayList<>();
            for (PartnerDtos.MetierDto m : answer) {
                if (m.code != null && RomeCode.isValid(m.code)) {
                    out.add(new Metier(new RomeCode(m.code), m.libelle));
                }
            }
            return out;
        } catch (IOException e) {
            throw cut("sync.api.rome", e);
        }
    }

    /** A GET with the scope's token; on a 401 the token is dropped, a new one minted and the call replayed once. */
    private Response get(HttpUrl url, String scope, RateLimiter rate) throws SyncException {
        for (int attempt = 0; ; attempt++) {
            try {
                rate.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncException(Message.of("sync.api.interrupted"), e);
            }
            Request request = new Request.Builder().url(url).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + tokens.token(scope)).build();
            Response response = calls.execute(request);
            if (response.code() != 401 || attempt > 0) {
                return response;
            }
            response.close();
            tokens.invalidate(scope);
        }
    }

    private static OfflineException cut(String api, IOException e) {
        return new OfflineException(Message.of("sync.api.cut", Param.of(Message.of(api)), Param.of(HttpCalls.network(e))), e);
    }

    /** The API's answer: its name, the status and the API's own message (data, as it came). */
    private static SyncException apiError(String api, Response response) throws IOException {
        String message = null;
        if (response.body() != null) {
            byte[] body = response.body().bytes();
            try {
                message = body.length == 0 ? null : MAPPER.readValue(body, PartnerDtos.ApiError.class).message;
            } catch (IOException e) {
                message = null;
            }
        }
        Param name = Param.of(Message.of(api));
        Param code = SyncWords.digits(response.code());
        Message text = message == null ? Message.of("sync.api.http", name, code)
                : Message.of("sync.api.http.message", name, code, Param.label(message));
        if (response.code() == 401) {
            return new SyncException(Message.of("sync.api.tokenRefusedTwice", Param.of(text)));
        }
        return response.code() >= 500 || response.code() == 429 ? new OfflineException(text, null) : new SyncException(text);
    }
}
