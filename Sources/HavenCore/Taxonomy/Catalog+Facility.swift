// About the facility itself, and further services: crisis care, recovery support, screening,
// accreditation, operator, facility type, smoking policy.

extension Taxonomy {
    static let facilityFacets: [FacetSpec] = [
        group("emergency", "Crisis and emergency care", "Help in a mental health crisis.", [
            t("walk-in-crisis", "Walk-in psychiatric emergency care", mh: "WI"),
            t("onsite-crisis", "Psychiatric emergency care on site", mh: "PEON"),
            t("mobile-crisis", "Mobile crisis services", mh: "PEOFF"),
            t("crisis-team", "Crisis intervention team", mh: "CIT"),
            t("suicide-prevention", "Suicide prevention services", both: "SPS"),
        ]),
        group("support", "Recovery support and other services", "Help beyond treatment itself.", filter: false, [
            t("aftercare", "Aftercare and continuing care", sa: "ACC"),
            t("discharge-planning", "Discharge planning", sa: "DP"),
            t("follow-up", "Follow-up after discharge", sa: "OFD"),
            t("peer-support", "Peer support and mentoring", both: "PEER"),
            t("recovery-coach", "Recovery coach", sa: "RC"),
            t("self-help-groups", "Self-help groups", sa: "SHG"),
            t("housing-services", "Housing services", both: "HS"),
            t("supported-housing", "Supported housing", mh: "SH"),
            t("social-services-help", "Help getting social services", sa: "AOSS"),
            t("employment-help", "Job training and employment help", sa: "EMP VOC", mh: "SEMP VRS"),
            t("education-services", "Education services", mh: "ES"),
            t("case-management", "Case management", mh: "ICM", both: "CM"),
            t("transportation", "Transportation assistance", sa: "TA"),
            t("child-care", "Child care while in treatment", sa: "CCC"),
            t("beds-for-children", "Residential beds for clients' children", sa: "BC"),
            t("primary-care", "Integrated primary care", both: "IPC"),
            t("mental-health-services", "Mental health services", sa: "MHS"),
            t("domestic-violence-services", "Domestic violence services", sa: "DVFP"),
            t("social-skills", "Social skills development", sa: "SSD"),
            t("acupuncture", "Acupuncture", sa: "ACU"),
            t("tobacco-cessation", "Help quitting smoking or vaping", both: "TCC"),
            t("health-education", "Health education", sa: "HEOH"),
            t("substance-use-education", "Substance use education", sa: "SAE"),
            t("assertive-community-treatment", "Assertive community treatment (ACT)", mh: "ACT"),
            t("court-ordered-treatment", "Court-ordered or assisted outpatient treatment", mh: "AOT COOT"),
            t("chronic-disease-management", "Chronic disease management", mh: "CDM"),
            t("diet-exercise", "Diet and exercise counseling", mh: "DEC"),
            t("family-psychoeducation", "Family psychoeducation", mh: "FPSY"),
            t("illness-management", "Illness management and recovery", mh: "IMR"),
            t("legal-advocacy", "Legal advocacy", mh: "LAD"),
            t("psychosocial-rehabilitation", "Psychosocial rehabilitation", mh: "PRS"),
            t("therapeutic-foster-care", "Therapeutic foster care", mh: "TPC"),
            t("interim-services", "Interim services while waiting for a place", sa: "ISC"),
            t("outreach", "Outreach in the community", sa: "OPC"),
        ]),
        group("screening", "Assessment and testing", "Assessments, screenings and lab tests.", filter: false, [
            t("substance-use-assessment", "Substance use assessment", sa: "CSAA SSA"),
            t("mental-health-assessment", "Mental health assessment", sa: "CMHA SMHD"),
            t("medical-exam", "Medical history and physical exam", sa: "MHPA"),
            t("tobacco-screening", "Tobacco use screening", both: "STU"),
            t("drug-alcohol-testing", "Drug and alcohol testing", sa: "BABA DAOF DAUT"),
            t("tb-screening", "TB screening", both: "TBS"),
            t("metabolic-monitoring", "Metabolic syndrome monitoring", both: "MST"),
            t("lab-testing", "Laboratory testing", mh: "LABT"),
            t("movement-screening", "Abnormal involuntary movement screening", mh: "AIM"),
            t("interventionist", "Professional interventionist or educational consultant", sa: "PIEC"),
        ]),
        group("accreditation", "Licenses and accreditation", "Who licenses, certifies or accredits the facility.", filter: false, [
            t("state-substance-use-license", "State substance use agency", sa: "STAG"),
            t("state-mental-health-license", "State mental health department", sa: "STMH"),
            t("state-health-license", "State department of health", sa: "STDH"),
            t("hospital-license", "Hospital licensing authority", sa: "HLA"),
            t("joint-commission", "The Joint Commission", sa: "JC"),
            t("carf", "CARF", sa: "CARF"),
            t("coa", "Council on Accreditation (COA)", sa: "COA"),
            t("hfap", "Healthcare Facilities Accreditation Program (HFAP)", sa: "HFAP"),
            t("ncqa", "National Committee for Quality Assurance (NCQA)", sa: "NCQA"),
            t("fqhc", "Federally Qualified Health Center", both: "FQHC"),
            t("samhsa-otp-certified", "SAMHSA-certified opioid treatment program", sa: "SOTP"),
            t("dea-registered", "Registered with the DEA", sa: "DEA"),
            t("mental-health-clinic", "Licensed mental health clinic", mh: "MHC"),
        ]),
        group("operation", "Run by", "Who operates the facility.", filter: false, [
            t("nonprofit", "Private non-profit", both: "PVTN"),
            t("for-profit", "Private for-profit", both: "PVTP"),
            t("local-government", "Local, county or community government", both: "LCCG"),
            t("state-government", "State government", both: "STG"),
            t("federal-government", "Federal government", both: "FED"),
            t("tribal-government", "Tribal government", both: "TBG"),
            t("indian-health-service", "Indian Health Service", both: "IH"),
            t("veterans-affairs", "U.S. Department of Veterans Affairs", both: "VAMC"),
            t("department-of-defense", "Department of Defense", both: "DDF"),
        ]),
        group("facility_type", "Kind of facility", "The kind of place it is.", filter: false, [
            t("community-mental-health-center", "Community mental health center", mh: "CMHC"),
            t("ccbhc", "Certified Community Behavioral Health Clinic", mh: "CBHC"),
            t("outpatient-mental-health-facility", "Outpatient mental health facility", mh: "OMH"),
            t("multi-setting-mental-health", "Multi-setting mental health facility", mh: "MSMH"),
            t("partial-hospitalization-facility", "Partial hospitalization or day treatment facility", mh: "PH"),
            t("residential-treatment-center-adults", "Residential treatment center for adults", mh: "RTCA"),
            t("residential-treatment-center-children", "Residential treatment center for children", mh: "RTCC"),
            t("other-residential", "Other residential treatment facility", mh: "ORES"),
            t("psychiatric-hospital", "Psychiatric hospital", sa: "PSYH", mh: "PSY"),
            t("general-hospital", "General hospital", sa: "GH"),
            t("psychiatric-unit", "Psychiatric unit of a general hospital", mh: "IPSY"),
            t("state-hospital", "State hospital", mh: "SHP"),
            t("va-facility", "VA medical center or clinic", mh: "VAHC"),
        ]),
        group("smoking", "Smoking and vaping", "The facility's smoking and vaping policy.", filter: false, [
            t("smoke-free", "Smoking not permitted", both: "SMON"),
            t("smoking-area", "Smoking in a designated area", both: "SMPD"),
            t("smoking-allowed", "Smoking permitted", both: "SMOP"),
            t("vape-free", "Vaping not permitted", both: "VAPN"),
            t("vaping-area", "Vaping in a designated area", both: "VPPD"),
            t("vaping-allowed", "Vaping permitted", both: "VAPP"),
        ]),
    ]

    /// Codes Haven reads but does not show, and why. Every code in both sheets is either mapped or listed here.
    static let unshown: [SAMHSACode: String] = {
        var out: [SAMHSACode: String] = [:]
        for code in ["INPE", "RPE", "PC", "AUINPE", "AURPE", "AUPC"] {
            out[SAMHSACode(.substanceUse, code)] = "which outside prescriber the facility works with; not a choice a seeker makes"
        }
        for code in ["NAUT", "NMAUT", "NMOA", "NOOP"] {
            out[SAMHSACode(.substanceUse, code)] = "a negative statement; the absence of the matching term says the same"
        }
        return out
    }()

    /// Haven's vocabulary, built once.
    public static let haven = Taxonomy(facets: careFacets + accessFacets + facilityFacets, unshown: unshown)
}
