package fr.passerelle.search;

import java.util.List;

/** Port: where the job titles to index come from (the store implements it). */
public interface JobTitleSource {
    List<JobTitle> jobTitles();
}
