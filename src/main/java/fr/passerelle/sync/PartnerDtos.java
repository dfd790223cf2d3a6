package fr.passerelle.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The France Travail answers on the wire: only the fields Passerelle uses; every other one is ignored. */
final class PartnerDtos {
    private PartnerDtos() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Token {
        public String access_token;
        public long expires_in;
        public String token_type;
        public String error;
        public String error_description;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class SearchAnswer {
        public List<Offer> resultats;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Offer {
        public String id;
        public String intitule;
        public String romeCode;
        public String dateCreation;
        public String typeContrat;
        public String typeContratLibelle;
        public Place lieuTravail;
        public Employer entreprise;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Place {
        public String libelle;
        public String commune;
        public String codePostal;
        public Double latitude;
        public Double longitude;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Employer {
        public String nom;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class ApiError {
        public String message;
        public Integer codeHttp;
        public String codeErreur;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Companies {
        public List<Company> items;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Company {
        public String siret;
        public String company_name;
        public String naf;
        public String city;
        public String postcode;
        public Integer headcount_min;
        public Integer headcount_max;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class MetierDto {
        public String code;
        public String libelle;
    }
}
