/**
 * GENERATED: do not edit. `npm run build` writes it (scripts/openapi-web-types.js) from the OpenAPI
 * document the API serves at /docs-json, with openapi-typescript. Change the API's controllers and
 * response classes instead; apps/web/src/types.ts names the schemas the pages use.
 */
export interface paths {
    "/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the web app signs in: the mode, and in OIDC mode the issuer, client and scopes */
        get: operations["AuthConfigController_settings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/dev-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a dev token for whoever a developer says they are (AUTH_MODE=dev only) */
        post: operations["DevTokenController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the caller's caseload for children by name or CHILD reference */
        get: operations["ChildrenController_list"];
        put?: never;
        /** Record a child and their carers (on the caller's team) */
        post: operations["ChildrenController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/children/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load an SSDA903 return: each good episode row creates or updates a child
         * @description One joined file as `text/csv` (CHILD, SEX, DOB, DECOM, LS, PLACE, …), or the header table (CHILD, SEX, DOB, …) and the episodes table (CHILD, DECOM, LS, PLACE, …) as `multipart/form-data` parts `header` and `episodes`, joined by CHILD. Codes are checked against the collection year's SSDA903 lists.
         */
        post: operations["ChildrenController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/children/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a child with their carers and processes */
        get: operations["ChildrenController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/children/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a child on a team's caseload */
        post: operations["ChildrenController_setTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/children/{id}/restriction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restrict a record to named staff (and their managers), or lift the restriction */
        post: operations["ChildrenController_restrict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/children/{id}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who has read this child's data: the access log, newest first */
        get: operations["ChildAuditController_accessLogOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/children/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about a child as one document (the basis of a subject access response) */
        get: operations["ChildAuditController_record"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/{type}/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a process for many children (a screened cohort), each answered on its own */
        post: operations["ProcessesController_startMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List processes on the caller's caseload, newest first */
        get: operations["ProcessesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a process with its open tasks */
        get: operations["ProcessesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A process's audit events, oldest first */
        get: operations["ProcessesController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Letters the process has sent */
        get: operations["ProcessesController_documents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a process, cancelling its open tasks */
        post: operations["ProcessesController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a process: its tasks answer 409 and reminders wait */
        post: operations["ProcessesController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused process */
        post: operations["ProcessesController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a process's social-work tasks and reminders to another social worker */
        post: operations["ProcessesController_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record something that happened outside a task (a hearing listed, a case note, …) */
        post: operations["ProcessesController_recordEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The task inbox: open tasks on the caller's caseload, by role, assignee, process */
        get: operations["TasksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a task: its assignee becomes the caller */
        post: operations["TasksController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a task with an outcome; answers once the process has moved on */
        post: operations["TasksController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emails the service has sent (or is sending), oldest first */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SGO conversion programme: categories, stages, overdue work, outcomes per year */
        get: operations["DashboardController_conversionsDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/asgsf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ASGSF spend and commitments per child against the fair access limit */
        get: operations["DashboardController_asgsfDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Allowance reviews whose anniversary falls in a window, with their state */
        get: operations["DashboardController_reviewsDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/ssda903/episodes-ceased": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SSDA903 episodes ceased by a process (CHILD, DEC, REC) as CSV */
        get: operations["ReportsController_episodesCeased"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/asgsf/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approved therapy providers, by name */
        get: operations["ProvidersController_list"];
        put?: never;
        /** Add a provider to the approved list */
        post: operations["ProvidersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/asgsf/providers/{id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a provider off the approved list */
        post: operations["ProvidersController_remove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/{id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people a search found */
        get: operations["ConnectionsController_list"];
        put?: never;
        /** Record someone a search found (opens a safety decision) */
        post: operations["ConnectionsController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/{id}/connections/{connectionId}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record contact with a person found (only once judged safe to contact) */
        post: operations["ConnectionsController_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/{id}/people-to-find": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people the young person wants to find */
        get: operations["PeopleToFindController_list"];
        put?: never;
        /** Record someone the young person wants to find, in their words */
        post: operations["PeopleToFindController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: 200 while the process is up */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 200 only when PostgreSQL and Temporal answer */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decrypt payloads (Temporal's remote codec protocol) */
        post: operations["CodecController_decode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/encode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Encrypt payloads with the current key (Temporal's remote codec protocol) */
        post: operations["CodecController_encode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/sgo-conversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start sgo-conversion for a child */
        post: operations["ProcessesController_start_sgoConversion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/asgsf-application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start asgsf-application for a child */
        post: operations["ProcessesController_start_asgsfApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/allowance-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start allowance-review for a child */
        post: operations["ProcessesController_start_allowanceReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processes/lifelong-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start lifelong-links for a child */
        post: operations["ProcessesController_start_lifelongLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SignInSettings: {
            /** @enum {string} */
            mode: "dev" | "oidc";
            /** @description The identity provider's issuer; its discovery document is under it */
            issuer?: string;
            /** @description The web app's public client id (authorization code + PKCE); absent: paste a token */
            clientId?: string;
            /** @example openid profile email */
            scopes?: string;
            /** @description Sent as `resource` (RFC 8707) in the authorization and token requests */
            resource?: string;
            /**
             * @description The claim (or dotted path) the roles are read from
             * @example roles
             */
            rolesClaim: string;
            /** @example team */
            teamClaim: string;
        };
        DevTokenRequest: {
            /** @example sw-1 */
            sub: string;
            /** @example Sam Social Worker */
            name: string;
            /**
             * @example [
             *       "social_worker"
             *     ]
             */
            roles: ("manager" | "social_worker" | "social_work_assistant" | "iro" | "panel_member" | "panel_chair" | "finance_officer" | "ll_coordinator" | "personal_adviser" | "auditor" | "admin")[];
            team?: string;
            email?: string;
        };
        DevTokenResponse: {
            /** @description a bearer token for the Authorization header */
            token: string;
        };
        ErrorBody: {
            /** @example 404 */
            statusCode: number;
            /**
             * @description the status name, title-cased
             * @example Not Found
             */
            error: string;
            /**
             * @description what was refused and why (a rule names itself here)
             * @example No process 6f1c…
             */
            message: string;
            /** @description bad fields (400), or which dependencies did not answer (503 from /health/ready) */
            details?: components["schemas"]["FieldProblem"][] | {
                down?: ("postgres" | "temporal")[];
            };
            /** @description the request id, also in the X-Request-Id header, by which the service log finds the request */
            requestId?: string;
        };
        FieldProblem: {
            /** @example carers.0.firstName */
            field: string;
            /**
             * @example [
             *       "must be a string"
             *     ]
             */
            problems: string[];
        };
        CreateCarerDto: {
            carerRef: string;
            firstName: string;
            lastName: string;
            /** @example grandparent */
            relationship: string;
            isFormerFosterCarer: boolean;
            /** @description false for unrelated foster carers; defaults to true */
            isRelativeOrFriend?: boolean;
            /** @example 2023-05-01 */
            livingWithChildSince?: string;
            /** @description where review packs and letters are emailed */
            email?: string;
        };
        CreateChildDto: {
            /** @example C0001 */
            childRef: string;
            firstName: string;
            lastName: string;
            /** @example 2015-04-12 */
            dateOfBirth: string;
            /** @enum {string} */
            legalStatus: "C1" | "C2" | "D1" | "E1" | "V2" | "V3" | "V4" | "J1" | "J2" | "J3" | "L1" | "L2" | "L3";
            /** @enum {string} */
            placementType: "A3" | "A4" | "A5" | "A6" | "H5" | "K1" | "K2" | "P1" | "P2" | "P3" | "R1" | "R2" | "R3" | "R5" | "S1" | "T0" | "T1" | "T2" | "T3" | "T4" | "U1" | "U2" | "U3" | "U4" | "U5" | "U6" | "Z1" | "K3" | "Z11" | "Z12" | "Z13" | "Z14";
            careEpisodeStart?: string;
            ehcp?: boolean;
            /** @description left care by an SGO, CAO or adoption: no longer looked after, and eligible for the ASGSF (legalStatus is then the last one held) */
            previouslyLookedAfter?: boolean;
            carers: components["schemas"]["CreateCarerDto"][];
        };
        CarerView: {
            /** Format: uuid */
            id: string;
            /** @example K1 */
            carerRef: string;
            firstName: string;
            lastName: string;
            /** @example grandparent */
            relationship: string;
            isFormerFosterCarer: boolean;
            isRelativeOrFriend: boolean;
            /** Format: email */
            email: string | null;
            /** Format: date */
            livingWithChildSince: string | null;
        };
        ChildProcessView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "sgo-conversion" | "asgsf-application" | "allowance-review" | "lifelong-links";
            /** @enum {string} */
            status: "active" | "paused" | "completed" | "withdrawn" | "failed";
            stage: string;
        };
        ChildView: {
            /** Format: uuid */
            id: string;
            /**
             * @description the SSDA903 CHILD reference
             * @example C0001
             */
            childRef: string;
            /** @description null when loaded from an SSDA903 return */
            firstName: string | null;
            lastName: string | null;
            /** @description SSDA903 SEX (1 or 2) */
            sex: string | null;
            cohort: string | null;
            /** Format: date */
            dateOfBirth: string;
            /**
             * @description SSDA903 legal status
             * @example C2
             */
            legalStatus: string;
            /**
             * @description SSDA903 placement type
             * @example U1
             */
            placementType: string;
            /** Format: date */
            careEpisodeStart: string | null;
            /** @description has an education, health and care plan */
            ehcp: boolean;
            lookedAfter: boolean;
            previouslyLookedAfter: boolean;
            /** @description whose caseload it is on (null: auditors' and admins') */
            team: string | null;
            /** @description the allocated social worker's sub */
            allocatedWorkerSub: string | null;
            /** @description seen only by the staff named and their managers */
            restricted: boolean;
            restrictedStaff: string[];
            carers: components["schemas"]["CarerView"][];
            /** Format: date-time */
            createdAt: string;
            /** @description newest first */
            processes: components["schemas"]["ChildProcessView"][];
        };
        RejectedRow: {
            /** @description the line of the file */
            row: number;
            reason: string;
        };
        ImportedChild: {
            /** Format: uuid */
            id: string;
            /**
             * @description the SSDA903 CHILD reference
             * @example 100001
             */
            childRef: string;
            /** @description true for a new record, false for one the row updated */
            created: boolean;
            /** @description the line of the file */
            row: number;
        };
        ImportResult: {
            created: number;
            updated: number;
            rejected: components["schemas"]["RejectedRow"][];
            /** @description every child the file created or updated, in file order */
            children: components["schemas"]["ImportedChild"][];
            /**
             * @description the SSDA903 collection year whose code lists were applied
             * @example 2025-26
             */
            collectionYear: string;
        };
        ChildSummary: {
            /** Format: uuid */
            id: string;
            /**
             * @description the SSDA903 CHILD reference
             * @example C0001
             */
            childRef: string;
            firstName: string | null;
            lastName: string | null;
            /** Format: date */
            dateOfBirth: string;
            /**
             * @description SSDA903 legal status
             * @example C2
             */
            legalStatus: string;
            /**
             * @description SSDA903 placement type
             * @example U1
             */
            placementType: string;
            cohort: string | null;
        };
        ChildList: {
            /** @description by CHILD reference */
            items: components["schemas"]["ChildSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        TeamDto: {
            /** @example north-locality */
            team: string;
        };
        RestrictionDto: {
            restricted: boolean;
            /**
             * @example [
             *       "sw-1"
             *     ]
             */
            staff?: string[];
        };
        AuditActorView: {
            /** @example sw-1 */
            sub: string;
            /** @example Sam Social Worker */
            name: string;
            roles: ("manager" | "social_worker" | "social_work_assistant" | "iro" | "panel_member" | "panel_chair" | "finance_officer" | "ll_coordinator" | "personal_adviser" | "auditor" | "admin")[];
        };
        AccessLogEntry: {
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["AuditActorView"];
            /** Format: uuid */
            childId: string;
            /**
             * Format: uuid
             * @description the case read, when the read was of one
             */
            processId?: string;
            /** @example GET */
            method: string;
            /**
             * @description the route pattern
             * @example /processes/:id/timeline
             */
            route: string;
            /** @description the path as requested */
            path: string;
            /** @description the X-Request-Id of the read */
            requestId?: string;
        };
        AccessLogPage: {
            /** @description newest first */
            items: components["schemas"]["AccessLogEntry"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PersonView: {
            /** @example sw-1 */
            sub: string;
            /** @example Sam Social Worker */
            name: string;
        };
        SubjectAccessChild: {
            /** Format: uuid */
            id: string;
            /**
             * @description the SSDA903 CHILD reference
             * @example C0001
             */
            childRef: string;
            /** @description null when loaded from an SSDA903 return */
            firstName: string | null;
            lastName: string | null;
            /** @description SSDA903 SEX (1 or 2) */
            sex: string | null;
            cohort: string | null;
            /** Format: date */
            dateOfBirth: string;
            /**
             * @description SSDA903 legal status
             * @example C2
             */
            legalStatus: string;
            /**
             * @description SSDA903 placement type
             * @example U1
             */
            placementType: string;
            /** Format: date */
            careEpisodeStart: string | null;
            /** @description has an education, health and care plan */
            ehcp: boolean;
            lookedAfter: boolean;
            previouslyLookedAfter: boolean;
            /** @description whose caseload it is on (null: auditors' and admins') */
            team: string | null;
            /** @description the allocated social worker's sub */
            allocatedWorkerSub: string | null;
            /** @description seen only by the staff named and their managers */
            restricted: boolean;
            restrictedStaff: string[];
            carers: components["schemas"]["CarerView"][];
            /** Format: date-time */
            createdAt: string;
        };
        ChildChangeView: {
            /** Format: date-time */
            at: string;
            /**
             * @description created, imported, imported-over, team, restriction…
             * @example child-imported-over
             */
            kind: string;
            actor: components["schemas"]["AuditActorView"];
            /** @description each changed field with its old (`from`) and new (`to`) value */
            changes: {
                [key: string]: {
                    from?: unknown;
                    to?: unknown;
                };
            };
        };
        SubjectAccessRecord: {
            /** Format: date-time */
            generatedAt: string;
            generatedBy: components["schemas"]["PersonView"];
            child: components["schemas"]["SubjectAccessChild"];
            /** @description oldest first */
            changes: components["schemas"]["ChildChangeView"][];
            /** @description every process of the child as held: its row, with tasks, timeline, letters, notifications, connections, peopleToFind, allowancePayments, asgsfClaims, asgsfCommitments and episodeCeased, each as stored */
            processes: {
                [key: string]: unknown;
            }[];
        };
        PersonDto: {
            /** @example sw-2 */
            sub: string;
            /** @example Robin Social Worker */
            name: string;
        };
        StartProcessDto: {
            /** Format: uuid */
            childId: string;
            /** @description the child's allocated social worker: their tasks are assigned to them */
            socialWorker?: components["schemas"]["PersonDto"];
        };
        StartAllowanceReviewDto: {
            /** Format: uuid */
            childId: string;
            /**
             * @description date of the special guardianship order: reviews fall on its anniversary
             * @example 2025-06-02
             */
            orderDate: string;
            /**
             * @description the allowance paid now, pence per week
             * @example 18500
             */
            weeklyAllowancePence: number;
            /** @description the guardians' former fee or reward as foster carers, pence per week (transitional remuneration) */
            remunerationPence?: number;
        };
        FieldSpecView: {
            /** @example panelDate */
            name: string;
            /** @enum {string} */
            type: "date" | "text" | "pence" | "integer" | "choice" | "boolean" | "list";
            /** @example Date of the panel */
            label: string;
            /** @description for `list`: every one of these must be present */
            mustInclude?: string[];
            /** @description for `list` and `choice`: the values allowed */
            allowedValues?: string[];
            /** @description for `date`: may not be after today */
            notInFuture?: boolean;
        };
        AssigneeView: {
            /** @example sw-1 */
            sub: string;
            /** @example Sam Social Worker */
            name: string | null;
        };
        ChildLabelView: {
            /** @example 100001 */
            childRef: string;
            /** @example Alex */
            firstName?: string;
            /** @example Example */
            lastName?: string;
        };
        TaskView: {
            /**
             * @description the process id, -t and a number
             * @example 6f1c2a4e-0d7b-4f1e-9a53-2b8f0c9d1e27-t1
             */
            id: string;
            /** Format: uuid */
            processId: string;
            /** @enum {string} */
            processType?: "sgo-conversion" | "asgsf-application" | "allowance-review" | "lifelong-links";
            /** Format: uuid */
            childId?: string;
            /** @example panel-decision */
            kind: string;
            /** @example sgo-panel */
            stage: string;
            /** @example Record the SGO panel decision */
            title: string;
            /**
             * @example [
             *       "recommend",
             *       "defer",
             *       "not-suitable"
             *     ]
             */
            allowedOutcomes: string[];
            candidateRoles: ("manager" | "social_worker" | "social_work_assistant" | "iro" | "panel_member" | "panel_chair" | "finance_officer" | "ll_coordinator" | "personal_adviser" | "auditor" | "admin")[];
            /** @description data every outcome needs */
            requiredData: components["schemas"]["FieldSpecView"][];
            /** @description data a particular outcome needs, by outcome */
            requiredDataByOutcome: {
                [key: string]: components["schemas"]["FieldSpecView"][];
            };
            /** @description data that may be given */
            optionalData: components["schemas"]["FieldSpecView"][];
            /** @description the `sub`s who may not complete it (separation of duties: whoever proposed what it decides); absent when nobody is excluded */
            excludedActors?: string[];
            /** @description who claimed it */
            assignee?: components["schemas"]["AssigneeView"];
            /** Format: date-time */
            dueAt: string;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            /** @example recommend */
            outcome?: string;
            /** @description the `sub` of whoever completed it */
            completedBy?: string;
            /** @description on `GET /tasks` items: the child’s reference and name */
            child?: components["schemas"]["ChildLabelView"];
        };
        ProcessView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "sgo-conversion" | "asgsf-application" | "allowance-review" | "lifelong-links";
            /** Format: uuid */
            childId: string;
            /** @enum {string} */
            status: "active" | "paused" | "completed" | "withdrawn" | "failed";
            /** @example screening */
            stage: string;
            /**
             * @description a conversion's screening category
             * @example moving-to-sgo-now
             */
            category?: string;
            openTasks: components["schemas"]["TaskView"][];
            /**
             * @description deadlines by name
             * @example {
             *       "court-report": "2026-06-30T23:59:59.999Z"
             *     }
             */
            dueDates: {
                [key: string]: string;
            };
            /** @example sgo-made */
            outcome?: string;
            /** @description the process's own state, by type */
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            closedAt?: string;
            /** @description on `GET /processes` items: the child’s reference and name */
            child?: components["schemas"]["ChildLabelView"];
        };
        BatchStartDto: {
            /** @description children to start screening for, at most 500 */
            childIds: string[];
        };
        BatchStarted: {
            /** Format: uuid */
            childId: string;
            /** Format: uuid */
            processId: string;
        };
        BatchRefused: {
            /** Format: uuid */
            childId: string;
            /**
             * @description what starting this child alone would have answered
             * @enum {integer}
             */
            statusCode: 403 | 404 | 409 | 422;
            message: string;
            /** @description the child’s reference and name, for a child on the caller’s caseload (not with a 403 or 404) */
            child?: components["schemas"]["ChildLabelView"];
        };
        BatchStartResult: {
            started: components["schemas"]["BatchStarted"][];
            refused: components["schemas"]["BatchRefused"][];
        };
        ProcessList: {
            items: components["schemas"]["ProcessView"][];
            /** @description how many match, over every page */
            total: number;
        };
        TimelineEventView: {
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["PersonView"];
            /** @example task-completed */
            kind: string;
            /** @example screening */
            stage: string;
            taskId?: string;
            outcome?: string;
            notes?: string;
            data?: {
                [key: string]: unknown;
            };
        };
        CaseDocumentView: {
            /** Format: uuid */
            id: string;
            /** @example review-pack */
            kind: string;
            title: string;
            /** @description the letter as sent */
            body: string;
            /** Format: date-time */
            createdAt: string;
        };
        CaseDocumentList: {
            items: components["schemas"]["CaseDocumentView"][];
            total: number;
        };
        WithdrawDto: {
            /** @example Carers moved out of area */
            reason: string;
        };
        PauseDto: {
            /** @example Carer in hospital */
            reason: string;
        };
        ResumeDto: {
            reason?: string;
        };
        ReassignDto: {
            socialWorker: components["schemas"]["PersonDto"];
        };
        ProcessEventDto: {
            /** @example court-hearing-listed */
            kind: string;
            notes?: string;
            data?: Record<string, never>;
        };
        EventAccepted: {
            /** @enum {boolean} */
            accepted: true;
            /** Format: uuid */
            processId: string;
            /** @example court-hearing-listed */
            kind: string;
        };
        TaskList: {
            items: components["schemas"]["TaskView"][];
            total: number;
        };
        CompleteTaskDto: {
            /** @example recommend */
            outcome: string;
            notes?: string;
            /**
             * @example {
             *       "panelDate": "2026-12-01"
             *     }
             */
            data?: Record<string, never>;
        };
        TaskCompleted: {
            /** @description the task, now completed */
            task: components["schemas"]["TaskView"];
            /** @description the process once it has moved on */
            process: components["schemas"]["ProcessView"];
        };
        NotificationView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            processId: string | null;
            /** @example north-team@council.example */
            to: string;
            subject: string;
            /** @example task-reminder */
            kind: string;
            /**
             * Format: date-time
             * @description null until sent
             */
            sentAt: string | null;
        };
        NotificationList: {
            /** @description oldest first, at most 1000 */
            items: components["schemas"]["NotificationView"][];
            total: number;
        };
        CategoryCount: {
            /** @enum {string} */
            key: "moving-to-sgo-now" | "cannot-convert-yet" | "further-work-with-carers" | "twin-tracked" | "in-proceedings";
            /** @example Moving to SGO now */
            label: string;
            count: number;
        };
        OverdueCounts: {
            /** @description open cases with an overdue task */
            processes: number;
            tasks: number;
        };
        ConversionsDashboard: {
            cohort: string | null;
            /** @description open (active or paused) conversions */
            open: number;
            categories: components["schemas"]["CategoryCount"][];
            notYetScreened: number;
            /** @description open conversions by stage */
            byStage: {
                [key: string]: number;
            };
            overdue: components["schemas"]["OverdueCounts"];
            /** @description closed conversions this financial year, by outcome */
            outcomesThisFinancialYear?: {
                /** @example 2025-26 */
                financialYear: string;
            } & {
                [key: string]: number;
            };
            /** @description by the order (or closing) date */
            outcomesByFinancialYear: ({
                /** @example 2025-26 */
                financialYear: string;
            } & {
                [key: string]: number;
            })[];
        };
        FairAccessLimitView: {
            limitPence: number;
            /** @description whether assessments count inside limitPence */
            assessmentsInsideLimit: boolean;
            assessmentLimitPence: number;
        };
        LeftPence: {
            /** @description left for therapy */
            therapy: number;
            /** @description left for specialist assessment */
            assessment: number;
        };
        AsgsfChildSpend: {
            /** Format: uuid */
            childId: string;
            childRef: string;
            /** @description the fund's money committed */
            committedPence: number;
            /** @description the council's own top-ups above the fair access limit (not the fund's money) */
            councilTopUpPence: number;
            claimedPence: number;
            limitPence: number;
            leftPence: components["schemas"]["LeftPence"];
        };
        AsgsfTotals: {
            committedPence: number;
            claimedPence: number;
            councilTopUpPence: number;
            children: number;
        };
        AsgsfDashboard: {
            /** @example 2025-26 */
            financialYear: string;
            limit: components["schemas"]["FairAccessLimitView"];
            children: components["schemas"]["AsgsfChildSpend"][];
            totals: components["schemas"]["AsgsfTotals"];
        };
        ReviewFallingDue: {
            /** Format: uuid */
            processId: string;
            /** Format: uuid */
            childId: string;
            childRef: string;
            /** Format: date */
            nextAnniversary: string;
            /** Format: date */
            reviewPackDue: string | null;
            /** @enum {string} */
            status: "active" | "paused" | "completed" | "withdrawn" | "failed";
            stage: string;
            suspended: boolean;
            weeklyAllowancePence?: number;
            openTasks: number;
            overdueTasks: number;
        };
        ReviewsDashboard: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            items: components["schemas"]["ReviewFallingDue"][];
            /** @description every review in the window, on every page */
            total: number;
            /** @description the page answered, when paged */
            page?: number;
            /** @description reviews a page, when paged */
            pageSize?: number;
        };
        ProviderView: {
            /** Format: uuid */
            id: string;
            name: string;
            therapyTypes: string[];
            /** @description false once taken off the approved list */
            active: boolean;
        };
        ProviderList: {
            /** @description by name */
            items: components["schemas"]["ProviderView"][];
            total: number;
        };
        CreateProviderDto: {
            /** @example Tees Valley Therapeutic Services */
            name: string;
            /**
             * @example [
             *       "theraplay",
             *       "dyadic developmental psychotherapy"
             *     ]
             */
            therapyTypes: string[];
        };
        ConnectionView: {
            /** Format: uuid */
            id: string;
            /**
             * @description numbered in the order found
             * @example C1
             */
            ref: string;
            name: string;
            relationship: string;
            howFound: string;
            contactDetails: string | null;
            /** @example safe-to-contact */
            safetyDecision: string | null;
            contactOutcome: string | null;
        };
        ConnectionList: {
            items: components["schemas"]["ConnectionView"][];
            total: number;
        };
        ConnectionDto: {
            /** @example Aunt Maya */
            name: string;
            /** @example mother's sister */
            relationship: string;
            /** @example named by the young person; found through the electoral roll */
            howFound: string;
            contactDetails?: string;
        };
        ContactDto: {
            /** @enum {string} */
            outcome: "willing" | "unwilling" | "no-response";
            notes?: string;
        };
        PersonToFindView: {
            /** Format: uuid */
            id: string;
            /** @description in the young person's words */
            name: string;
            relationship: string | null;
            notes: string | null;
            /** @enum {string} */
            source: "young person";
            /** @description the coordinator's sub */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        PersonToFindList: {
            items: components["schemas"]["PersonToFindView"][];
            total: number;
        };
        PersonToFindDto: {
            /** @example my big brother Sam */
            name: string;
            /** @example brother */
            relationship?: string;
            notes?: string;
        };
        PersonToFindAdded: {
            /** Format: uuid */
            id: string;
            name: string;
            relationship: string | null;
            /** @enum {string} */
            source: "young person";
        };
        Live: {
            /** @enum {string} */
            status: "ok";
        };
        Ready: {
            /** @enum {string} */
            status: "ready";
            /** @enum {string} */
            postgres: "up";
            /** @enum {string} */
            temporal: "up";
        };
        CodecPayload: {
            metadata?: {
                [key: string]: string;
            };
            /** Format: byte */
            data?: string;
        };
        CodecPayloads: {
            payloads: components["schemas"]["CodecPayload"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthConfigController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInSettings"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DevTokenController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevTokenRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevTokenResponse"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ChildrenController_list: {
        parameters: {
            query?: {
                /** @description part of the child's name or CHILD reference (any case) */
                q?: string;
                /** @description exactly this CHILD reference */
                childRef?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildList"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ChildrenController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChildDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ChildrenController_import: {
        parameters: {
            query?: {
                /** @description tag the children with a conversion programme cohort */
                cohort?: string;
                /** @description the SSDA903 collection year whose code lists apply (default: today's, or the latest held before it) */
                collectionYear?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string | {
                    /**
                     * Format: binary
                     * @description the header table: CHILD, SEX, DOB, …
                     */
                    header: string;
                    /**
                     * Format: binary
                     * @description the episodes table: CHILD, DECOM, LS, PLACE, …
                     */
                    episodes: string;
                };
                "multipart/form-data": string | {
                    /**
                     * Format: binary
                     * @description the header table: CHILD, SEX, DOB, …
                     */
                    header: string;
                    /**
                     * Format: binary
                     * @description the episodes table: CHILD, DECOM, LS, PLACE, …
                     */
                    episodes: string;
                };
            };
        };
        responses: {
            /** @description every bad row is listed in `rejected`; the rest are saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ChildrenController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the child id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ChildrenController_setTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the child id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ChildrenController_restrict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the child id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestrictionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ChildAuditController_accessLogOf: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description the child id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPage"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ChildAuditController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the child id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectAccessRecord"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_startMany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the kind of process */
                type: "sgo-conversion" | "asgsf-application" | "allowance-review" | "lifelong-links";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchStartDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchStartResult"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_list: {
        parameters: {
            query?: {
                type?: "sgo-conversion" | "asgsf-application" | "allowance-review" | "lifelong-links";
                /** @description `open`: active or paused (every case still running) */
                status?: "active" | "paused" | "completed" | "withdrawn" | "failed" | "open";
                stage?: string;
                childId?: string;
                /** @description only the processes of children allocated to the caller as their social worker (a social worker's own cases) */
                allocatedTo?: "me";
                /** @description only processes with an overdue open task */
                overdue?: boolean;
                /** @description `started`: newest first. `next-due`: the soonest of each process's `dueDates` first, those with none last */
                sort?: "started" | "next-due";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessList"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEventView"][];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_documents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDocumentList"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 200 printable ASCII characters (a fresh UUID per action). A repeat of the same request with the same key by the same caller answers what the first answered (status and body, with `Idempotent-Replayed: true`) and changes nothing more; the same key on a different request is 422; a repeat while the first is still running is 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_pause: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 200 printable ASCII characters (a fresh UUID per action). A repeat of the same request with the same key by the same caller answers what the first answered (status and body, with `Idempotent-Replayed: true`) and changes nothing more; the same key on a different request is 422; a repeat while the first is still running is 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PauseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_resume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 200 printable ASCII characters (a fresh UUID per action). A repeat of the same request with the same key by the same caller answers what the first answered (status and body, with `Idempotent-Replayed: true`) and changes nothing more; the same key on a different request is 422; a repeat while the first is still running is 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResumeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_reassign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 200 printable ASCII characters (a fresh UUID per action). A repeat of the same request with the same key by the same caller answers what the first answered (status and body, with `Idempotent-Replayed: true`) and changes nothing more; the same key on a different request is 422; a repeat while the first is still running is 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_recordEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 200 printable ASCII characters (a fresh UUID per action). A repeat of the same request with the same key by the same caller answers what the first answered (status and body, with `Idempotent-Replayed: true`) and changes nothing more; the same key on a different request is 422; a repeat while the first is still running is 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description the process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProcessEventDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventAccepted"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_list: {
        parameters: {
            query?: {
                role?: "manager" | "social_worker" | "social_work_assistant" | "iro" | "panel_member" | "panel_chair" | "finance_officer" | "ll_coordinator" | "personal_adviser" | "auditor" | "admin";
                assignee?: "me";
                processId?: string;
                /** @description only tasks past their due date */
                overdue?: boolean;
                status?: "open" | "completed" | "cancelled";
                /** @description with `pageSize`, pages the list (default 1); without either, every matching task */
                page?: number;
                /** @description tasks per page (default 50) */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_claim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 200 printable ASCII characters (a fresh UUID per action). A repeat of the same request with the same key by the same caller answers what the first answered (status and body, with `Idempotent-Replayed: true`) and changes nothing more; the same key on a different request is 422; a repeat while the first is still running is 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description a task id: the process id, -t and a number */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TasksController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 200 printable ASCII characters (a fresh UUID per action). A repeat of the same request with the same key by the same caller answers what the first answered (status and body, with `Idempotent-Replayed: true`) and changes nothing more; the same key on a different request is 422; a repeat while the first is still running is 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description a task id: the process id, -t and a number */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCompleted"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description only what this process sent */
                processId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationList"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DashboardController_conversionsDashboard: {
        parameters: {
            query?: {
                cohort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionsDashboard"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DashboardController_asgsfDashboard: {
        parameters: {
            query: {
                /** @description the year starting in April of this year */
                financialYear: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsgsfDashboard"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    DashboardController_reviewsDashboard: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                /** @description the page to answer, from 1 (pages of `pageSize`); `total` still counts the whole window */
                page?: number;
                /** @description reviews a page (default 50 when `page` is given). Without `page` or `pageSize` every review in the window is answered */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewsDashboard"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportsController_episodesCeased: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one row per care episode a process ended; DEC written DD/MM/YYYY as in the return */
            200: {
                headers: {
                    /** @description attachment; filename="episodes-ceased.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProvidersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderList"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProvidersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProviderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProvidersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the provider id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ConnectionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the Lifelong Links process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionList"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ConnectionsController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the Lifelong Links process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConnectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ConnectionsController_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the Lifelong Links process id */
                id: string;
                connectionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleToFindController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the Lifelong Links process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonToFindList"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PeopleToFindController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the Lifelong Links process id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonToFindDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonToFindAdded"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such record on the caller's caseload */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Live"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ready"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CodecController_decode: {
        parameters: {
            query?: never;
            header: {
                "x-namespace": string;
                /** @description the Temporal namespace (logged) */
                "X-Namespace"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodecPayloads"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodecPayloads"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CodecController_encode: {
        parameters: {
            query?: never;
            header: {
                "x-namespace": string;
                /** @description the Temporal namespace (logged) */
                "X-Namespace"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CodecPayloads"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodecPayloads"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_start_sgoConversion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 200 printable ASCII characters (a fresh UUID per action). A repeat of the same request with the same key by the same caller answers what the first answered (status and body, with `Idempotent-Replayed: true`) and changes nothing more; the same key on a different request is 422; a repeat while the first is still running is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartProcessDto"];
            };
        };
        responses: {
            /** @description started, with its first open tasks */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_start_asgsfApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 200 printable ASCII characters (a fresh UUID per action). A repeat of the same request with the same key by the same caller answers what the first answered (status and body, with `Idempotent-Replayed: true`) and changes nothing more; the same key on a different request is 422; a repeat while the first is still running is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartProcessDto"];
            };
        };
        responses: {
            /** @description started, with its first open tasks */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_start_allowanceReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 200 printable ASCII characters (a fresh UUID per action). A repeat of the same request with the same key by the same caller answers what the first answered (status and body, with `Idempotent-Replayed: true`) and changes nothing more; the same key on a different request is 422; a repeat while the first is still running is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartAllowanceReviewDto"];
            };
        };
        responses: {
            /** @description started, with its first open tasks */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ProcessesController_start_lifelongLinks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 200 printable ASCII characters (a fresh UUID per action). A repeat of the same request with the same key by the same caller answers what the first answered (status and body, with `Idempotent-Replayed: true`) and changes nothing more; the same key on a different request is 422; a repeat while the first is still running is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartProcessDto"];
            };
        };
        responses: {
            /** @description started, with its first open tasks */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessView"];
                };
            };
            /** @description Malformed or invalid input: `message` (and `details`) name each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No token, or a token that is not valid */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The caller's roles may not do this (or separation of duties forbids it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Conflicts with the current state (a second active process, a task or process no longer open, a duplicate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Well-formed, but the rules refuse it: `message` names the rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many sign-in requests or writes from this address; `Retry-After` says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency (Temporal or PostgreSQL) did not answer; nothing was applied */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
