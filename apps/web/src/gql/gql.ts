/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Community {\n    community {\n      name\n      tagline\n      primaryColor\n      accentColor\n      logoUrl\n      defaultLocale\n      singleSignOn {\n        buttonLabel\n        startUrl\n        only\n      }\n    }\n  }\n": typeof types.CommunityDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  fragment CategoryLinkFields on Category {\n    id\n    slug\n    name\n  }\n": typeof types.CategoryLinkFieldsFragmentDoc,
    "\n  fragment ThreadLinkFields on Thread {\n    id\n    title\n  }\n": typeof types.ThreadLinkFieldsFragmentDoc,
    "\n  fragment PersonNameFields on Account {\n    id\n    displayName\n  }\n": typeof types.PersonNameFieldsFragmentDoc,
    "\n  fragment PersonHandleFields on Account {\n    id\n    handle\n    displayName\n  }\n": typeof types.PersonHandleFieldsFragmentDoc,
    "\n  fragment AbilityFields on Ability {\n    allowed\n    reason\n  }\n": typeof types.AbilityFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      reputation\n      can {\n        ask {\n          ...AbilityFields\n        }\n        moderate {\n          ...AbilityFields\n        }\n        care {\n          ...AbilityFields\n        }\n        announce {\n          ...AbilityFields\n        }\n        administer {\n          ...AbilityFields\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment AuthorFields on Account {\n    id\n    handle\n    displayName\n    role\n    official\n    jobTitle\n    reputation\n  }\n": typeof types.AuthorFieldsFragmentDoc,
    "\n  query SiteSettings {\n    siteSettings {\n      current {\n        name\n        tagline\n        primaryColor\n        accentColor\n        logoUrl\n        defaultLocale\n      }\n      defaults {\n        name\n        tagline\n        primaryColor\n        accentColor\n        defaultLocale\n      }\n      maxLogoBytes\n      locales\n      updatedAt\n    }\n  }\n": typeof types.SiteSettingsDocument,
    "\n  mutation UpdateSiteSettings($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      name\n      tagline\n      primaryColor\n      accentColor\n      logoUrl\n      defaultLocale\n    }\n  }\n": typeof types.UpdateSiteSettingsDocument,
    "\n  mutation UploadLogo($input: UploadLogoInput!) {\n    uploadLogo(input: $input) {\n      logoUrl\n    }\n  }\n": typeof types.UploadLogoDocument,
    "\n  mutation RemoveLogo {\n    removeLogo {\n      logoUrl\n    }\n  }\n": typeof types.RemoveLogoDocument,
    "\n  query RateLimitSettings {\n    rateLimitSettings {\n      name\n      action\n      points\n      duration\n      defaultPoints\n      defaultDuration\n      minPoints\n      maxPoints\n      minDuration\n      maxDuration\n    }\n  }\n": typeof types.RateLimitSettingsDocument,
    "\n  mutation UpdateRateLimits($input: UpdateRateLimitsInput!) {\n    updateRateLimits(input: $input) {\n      name\n      points\n      duration\n    }\n  }\n": typeof types.UpdateRateLimitsDocument,
    "\n  mutation ResetRateLimits($input: ResetRateLimitsInput!) {\n    resetRateLimits(input: $input) {\n      name\n      points\n      duration\n    }\n  }\n": typeof types.ResetRateLimitsDocument,
    "\n  query People($query: String!) {\n    people(query: $query, first: 25) {\n      id\n      handle\n      displayName\n      email\n      role\n      reputation\n      createdAt\n      suspendedUntil\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Person($accountId: ID!) {\n    person(accountId: $accountId) {\n      account {\n        id\n        handle\n        displayName\n        email\n        role\n        jobTitle\n        reputation\n        createdAt\n        suspendedUntil\n        suspensionReason\n      }\n      threadCount\n      answerCount\n      threads {\n        id\n        threadId\n        title\n        createdAt\n        state\n      }\n      answers {\n        id\n        threadId\n        title\n        createdAt\n        state\n      }\n      flagsReceived {\n        id\n        targetType\n        threadId\n        reason\n        status\n        note\n        flaggedBy\n        createdAt\n      }\n      flagsRaised\n      signIns {\n        signedInAt\n        lastSeenAt\n        ip\n        userAgent\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation SetRole($input: SetRoleInput!) {\n    setRole(input: $input) {\n      id\n      role\n      jobTitle\n    }\n  }\n": typeof types.SetRoleDocument,
    "\n  query AdminTeams {\n    teams {\n      id\n      name\n      members {\n        id\n        handle\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.AdminTeamsDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation AddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  query AdminSigningKeys {\n    signingKeys {\n      keyId\n      algorithm\n      createdAt\n      revokedAt\n      revocationReason\n      active\n      signed {\n        threadId\n        version\n        title\n        signedAt\n      }\n    }\n  }\n": typeof types.AdminSigningKeysDocument,
    "\n  mutation RevokeSigningKey($input: RevokeSigningKeyInput!) {\n    revokeSigningKey(input: $input) {\n      keyId\n      revokedAt\n      revocationReason\n    }\n  }\n": typeof types.RevokeSigningKeyDocument,
    "\n  query SearchAdmin {\n    searchSynonyms {\n      word\n      synonyms\n    }\n    searchDeadLetters {\n      id\n      threadId\n      attempts\n      lastError\n      createdAt\n    }\n    searchReindex {\n      state\n      total\n      done\n      startedAt\n      finishedAt\n      error\n    }\n  }\n": typeof types.SearchAdminDocument,
    "\n  query SearchReindexProgress {\n    searchReindex {\n      state\n      total\n      done\n      startedAt\n      finishedAt\n      error\n    }\n  }\n": typeof types.SearchReindexProgressDocument,
    "\n  mutation StartSearchReindex {\n    startSearchReindex {\n      state\n      total\n      done\n      startedAt\n      finishedAt\n      error\n    }\n  }\n": typeof types.StartSearchReindexDocument,
    "\n  mutation SetSearchSynonyms($input: SetSearchSynonymsInput!) {\n    setSearchSynonyms(input: $input)\n  }\n": typeof types.SetSearchSynonymsDocument,
    "\n  mutation RetrySearchDeadLetters($input: RetrySearchDeadLettersInput!) {\n    retrySearchDeadLetters(input: $input)\n  }\n": typeof types.RetrySearchDeadLettersDocument,
    "\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      responseTargetMinutes\n      archivedAt\n      threadCount\n      defaultTeam {\n        id\n        name\n      }\n      permissions {\n        read {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n    groups {\n      id\n      name\n      memberCount\n    }\n  }\n": typeof types.AdminCategoriesDocument,
    "\n  mutation SetCategoryPermissions($input: SetCategoryPermissionsInput!) {\n    setCategoryPermissions(input: $input) {\n      id\n    }\n  }\n": typeof types.SetCategoryPermissionsDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      slug\n      description\n      responseTargetMinutes\n      archivedAt\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  mutation ReorderCategories($input: ReorderCategoriesInput!) {\n    reorderCategories(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderCategoriesDocument,
    "\n  mutation SetCategoryDefaultTeam($input: SetCategoryTeamInput!) {\n    setCategoryDefaultTeam(input: $input) {\n      id\n      defaultTeam {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SetCategoryDefaultTeamDocument,
    "\n  query CommunityAnalytics($input: CommunityAnalyticsInput!) {\n    communityAnalytics(input: $input) {\n      questions\n      firstResponse {\n        medianMinutes\n        p90Minutes\n        targetMinutes\n        withinTargetRate\n        responded\n      }\n      answerRate\n      solvedRate\n      communityAnswerShare\n      deflections\n      satisfactionAverage\n      satisfactionCount\n      topContributors {\n        account {\n          ...PersonHandleFields\n        }\n        answers\n        accepted\n      }\n      mostNegativeThreads {\n        id\n        title\n        sentiment\n      }\n      activityHeatmap {\n        dayOfWeek\n        hour\n        count\n      }\n      daily {\n        date\n        questions\n        medianFirstResponseMinutes\n      }\n    }\n  }\n": typeof types.CommunityAnalyticsDocument,
    "\n  fragment AnnouncementFields on Announcement {\n    id\n    title\n    body\n    bodyHtml\n    version\n    pinnedUntil\n    createdAt\n    editedAt\n    category {\n      ...CategoryLinkFields\n    }\n    author {\n      ...AuthorFields\n    }\n    signature {\n      keyId\n      algorithm\n      signedAt\n      verified\n      keyRevoked\n      authorName\n      authorTitle\n    }\n  }\n": typeof types.AnnouncementFieldsFragmentDoc,
    "\n  query Announcement($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementFields\n      versions {\n        version\n        title\n        authorName\n        authorTitle\n        signedAt\n        keyId\n      }\n    }\n  }\n": typeof types.AnnouncementDocument,
    "\n  query PinnedAnnouncements($categoryId: ID) {\n    pinnedAnnouncements(categoryId: $categoryId) {\n      id\n      title\n      pinnedUntil\n      signature {\n        verified\n        authorName\n        authorTitle\n      }\n    }\n  }\n": typeof types.PinnedAnnouncementsDocument,
    "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      ...AnnouncementFields\n    }\n  }\n": typeof types.PublishAnnouncementDocument,
    "\n  mutation EditAnnouncement($input: EditAnnouncementInput!) {\n    editAnnouncement(input: $input) {\n      ...AnnouncementFields\n    }\n  }\n": typeof types.EditAnnouncementDocument,
    "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n    }\n  }\n": typeof types.PostAnswerDocument,
    "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      body\n      bodyHtml\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n": typeof types.EditAnswerDocument,
    "\n  mutation DeleteAnswer($input: DeleteAnswerInput!) {\n    deleteAnswer(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteAnswerDocument,
    "\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation UnacceptAnswer($answerId: ID!) {\n    unacceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n": typeof types.UnacceptAnswerDocument,
    "\n  query AnswerForEdit($threadId: ID!) {\n    thread(id: $threadId) {\n      id\n      title\n      answers(first: 100) {\n        edges {\n          node {\n            id\n            body\n            can {\n              edit {\n                ...AbilityFields\n              }\n            }\n            revisions {\n              ...RevisionFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AnswerForEditDocument,
    "\n  fragment ThreadRoutingFields on Thread {\n    assignee {\n      ...PersonNameFields\n    }\n    assignedTeam {\n      id\n      name\n    }\n  }\n": typeof types.ThreadRoutingFieldsFragmentDoc,
    "\n  fragment PrivateConversationSummaryFields on PrivateConversation {\n    id\n    createdAt\n    closedAt\n    thread {\n      ...ThreadLinkFields\n    }\n    customer {\n      ...PersonNameFields\n    }\n  }\n": typeof types.PrivateConversationSummaryFieldsFragmentDoc,
    "\n  query CareQueue($filter: CareQueueFilter, $sort: CareQueueSort, $after: String) {\n    careQueue(filter: $filter, sort: $sort, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          waitingMinutes\n          targetMinutes\n          minutesLeft\n          overdue\n          sentiment\n          thread {\n            id\n            title\n            tags\n            createdAt\n            category {\n              id\n              name\n            }\n            author {\n              ...PersonNameFields\n            }\n            ...ThreadRoutingFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.CareQueueDocument,
    "\n  subscription CareQueueChanged {\n    careQueueChanged {\n      threadId\n      change\n    }\n  }\n": typeof types.CareQueueChangedDocument,
    "\n  mutation AssignThread($input: AssignThreadInput!) {\n    assignThread(input: $input) {\n      id\n      ...ThreadRoutingFields\n    }\n  }\n": typeof types.AssignThreadDocument,
    "\n  query RoutingChoices {\n    assignableStaff {\n      id\n      displayName\n      jobTitle\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.RoutingChoicesDocument,
    "\n  mutation ClosePrivateFollowUp($id: ID!) {\n    closePrivateFollowUp(id: $id) {\n      id\n      closedAt\n      viewerCanClose\n    }\n  }\n": typeof types.ClosePrivateFollowUpDocument,
    "\n  query SavedReplies {\n    savedReplies {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n": typeof types.SavedRepliesDocument,
    "\n  mutation CreateSavedReply($input: CreateSavedReplyInput!) {\n    createSavedReply(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSavedReplyDocument,
    "\n  mutation UpdateSavedReply($input: UpdateSavedReplyInput!) {\n    updateSavedReply(input: $input) {\n      id\n      title\n      body\n    }\n  }\n": typeof types.UpdateSavedReplyDocument,
    "\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n": typeof types.DeleteSavedReplyDocument,
    "\n  query RenderSavedReply($input: RenderSavedReplyInput!) {\n    renderSavedReply(input: $input)\n  }\n": typeof types.RenderSavedReplyDocument,
    "\n  query CategoryWaits {\n    categories {\n      id\n      slug\n      expectedWait {\n        minutes\n        sampleSize\n        computedAt\n      }\n    }\n  }\n": typeof types.CategoryWaitsDocument,
    "\n  fragment ThreadCareFields on Thread {\n    status\n    answerCount\n    locked\n    closed\n    assignee {\n      id\n    }\n    assignedTeam {\n      id\n    }\n    privateFollowUp\n    can {\n      rate {\n        ...AbilityFields\n      }\n    }\n    satisfaction {\n      id\n      rating\n      comment\n    }\n    author {\n      ...PersonNameFields\n    }\n    assignmentHistory {\n      id\n      action\n      createdAt\n      actor {\n        ...PersonNameFields\n      }\n      assignee {\n        ...PersonNameFields\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ThreadCareFieldsFragmentDoc,
    "\n  query ThreadCare($id: ID!) {\n    thread(id: $id) {\n      id\n      ...ThreadCareFields\n    }\n  }\n": typeof types.ThreadCareDocument,
    "\n  mutation RateHelp($input: RateHelpInput!) {\n    rateHelp(input: $input) {\n      id\n      rating\n    }\n  }\n": typeof types.RateHelpDocument,
    "\n  query CustomerHistory($accountId: ID!) {\n    customerHistory(accountId: $accountId) {\n      threadCount\n      answersReceived\n      threads {\n        id\n        title\n        status\n        createdAt\n      }\n      ratings {\n        id\n        rating\n        comment\n        thread {\n          ...ThreadLinkFields\n        }\n      }\n      openConversations {\n        id\n        createdAt\n        thread {\n          ...ThreadLinkFields\n        }\n      }\n    }\n  }\n": typeof types.CustomerHistoryDocument,
    "\n  mutation OpenPrivateFollowUp($input: OpenPrivateFollowUpInput!) {\n    openPrivateFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenPrivateFollowUpDocument,
    "\n  query PrivateConversation($id: ID!) {\n    privateConversation(id: $id) {\n      ...PrivateConversationSummaryFields\n      viewerCanClose\n      messages {\n        id\n        bodyHtml\n        createdAt\n        author {\n          id\n          displayName\n          official\n          jobTitle\n        }\n      }\n    }\n  }\n": typeof types.PrivateConversationDocument,
    "\n  mutation ReplyPrivateFollowUp($input: ReplyPrivateFollowUpInput!) {\n    replyPrivateFollowUp(input: $input) {\n      id\n    }\n  }\n": typeof types.ReplyPrivateFollowUpDocument,
    "\n  query MyPrivateConversations {\n    myPrivateConversations {\n      ...PrivateConversationSummaryFields\n    }\n  }\n": typeof types.MyPrivateConversationsDocument,
    "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query Category($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n      forIdeas\n      private\n      tags {\n        tag\n        count\n      }\n    }\n  }\n": typeof types.CategoryDocument,
    "\n  query Groups {\n    groups {\n      id\n      name\n      description\n      visibility\n      memberCount\n      viewerIsMember\n    }\n    me {\n      id\n      can {\n        administer {\n          allowed\n        }\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  query Group($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      description\n      visibility\n      memberCount\n      viewerIsMember\n      ownerIds\n      members {\n        id\n        handle\n        displayName\n      }\n      can {\n        manageMembers {\n          allowed\n          reason\n        }\n        edit {\n          allowed\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n": typeof types.GroupDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n    }\n  }\n": typeof types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveGroupMemberDocument,
    "\n  query AccountByHandle($handle: String!) {\n    account(handle: $handle) {\n      id\n      displayName\n    }\n  }\n": typeof types.AccountByHandleDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      description\n      visibility\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation DeleteGroup($input: GroupIdInput!) {\n    deleteGroup(input: $input)\n  }\n": typeof types.DeleteGroupDocument,
    "\n  fragment IdeaStatusFields on Thread {\n    id\n    kind\n    ideaStatus\n    ideaStatusHistory {\n      id\n      status\n      previousStatus\n      note\n      createdAt\n      author {\n        ...AuthorFields\n      }\n    }\n    can {\n      setIdeaStatus {\n        ...AbilityFields\n      }\n    }\n  }\n": typeof types.IdeaStatusFieldsFragmentDoc,
    "\n  query Roadmap($categoryId: ID, $first: Int!) {\n    categories {\n      id\n      slug\n      name\n      forIdeas\n    }\n    underReview: threads(\n      filter: { kind: IDEA, ideaStatus: UNDER_REVIEW, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    planned: threads(\n      filter: { kind: IDEA, ideaStatus: PLANNED, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    inProgress: threads(\n      filter: { kind: IDEA, ideaStatus: IN_PROGRESS, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    shipped: threads(\n      filter: { kind: IDEA, ideaStatus: SHIPPED, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    declined: threads(\n      filter: { kind: IDEA, ideaStatus: DECLINED, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n  }\n": typeof types.RoadmapDocument,
    "\n  fragment RoadmapColumn on ThreadConnection {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        score\n        answerCount\n        ideaStatus\n        category {\n          ...CategoryLinkFields\n        }\n      }\n    }\n  }\n": typeof types.RoadmapColumnFragmentDoc,
    "\n  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {\n    setIdeaStatus(input: $input) {\n      ...IdeaStatusFields\n    }\n  }\n": typeof types.SetIdeaStatusDocument,
    "\n  mutation InviteToAnswer($input: InviteToAnswerInput!) {\n    inviteToAnswer(input: $input)\n  }\n": typeof types.InviteToAnswerDocument,
    "\n  subscription ThreadUpdated($threadId: ID!) {\n    threadUpdated(threadId: $threadId) {\n      threadId\n      kind\n      answerId\n      actorId\n    }\n  }\n": typeof types.ThreadUpdatedDocument,
    "\n  fragment ThreadModerationFields on Thread {\n    id\n    can {\n      flag {\n        ...AbilityFields\n      }\n      moderate {\n        ...AbilityFields\n      }\n    }\n    kind\n    title\n    tags\n    hidden\n    locked\n    closed\n    featured\n    pinnedUntil\n    category {\n      id\n    }\n    duplicateOf {\n      ...ThreadLinkFields\n    }\n  }\n": typeof types.ThreadModerationFieldsFragmentDoc,
    "\n  query ThreadModeration($id: ID!) {\n    thread(id: $id) {\n      ...ThreadModerationFields\n    }\n  }\n": typeof types.ThreadModerationDocument,
    "\n  fragment ModerationActionFields on ModerationAction {\n    id\n    action\n    targetType\n    targetId\n    reason\n    before\n    after\n    createdAt\n    actor {\n      ...PersonHandleFields\n    }\n    thread {\n      ...ThreadLinkFields\n    }\n    account {\n      ...PersonHandleFields\n    }\n  }\n": typeof types.ModerationActionFieldsFragmentDoc,
    "\n  mutation HidePost($input: PostActionInput!) {\n    hidePost(input: $input) {\n      id\n    }\n  }\n": typeof types.HidePostDocument,
    "\n  mutation RestorePost($input: PostActionInput!) {\n    restorePost(input: $input) {\n      id\n    }\n  }\n": typeof types.RestorePostDocument,
    "\n  mutation LockThread($input: ThreadActionInput!) {\n    lockThread(input: $input) {\n      id\n    }\n  }\n": typeof types.LockThreadDocument,
    "\n  mutation UnlockThread($input: ThreadActionInput!) {\n    unlockThread(input: $input) {\n      id\n    }\n  }\n": typeof types.UnlockThreadDocument,
    "\n  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {\n    closeAsDuplicate(input: $input) {\n      id\n    }\n  }\n": typeof types.CloseAsDuplicateDocument,
    "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      id\n    }\n  }\n": typeof types.MoveThreadDocument,
    "\n  mutation EditTags($input: EditTagsInput!) {\n    editTags(input: $input) {\n      id\n    }\n  }\n": typeof types.EditTagsDocument,
    "\n  mutation PinThread($input: PinThreadInput!) {\n    pinThread(input: $input) {\n      id\n    }\n  }\n": typeof types.PinThreadDocument,
    "\n  mutation UnpinThread($input: ThreadActionInput!) {\n    unpinThread(input: $input) {\n      id\n    }\n  }\n": typeof types.UnpinThreadDocument,
    "\n  mutation FeatureThread($input: ThreadActionInput!) {\n    featureThread(input: $input) {\n      id\n    }\n  }\n": typeof types.FeatureThreadDocument,
    "\n  mutation UnfeatureThread($input: ThreadActionInput!) {\n    unfeatureThread(input: $input) {\n      id\n    }\n  }\n": typeof types.UnfeatureThreadDocument,
    "\n  mutation Flag($input: FlagInput!) {\n    flag(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.FlagDocument,
    "\n  mutation ResolveFlags($input: ResolveFlagsInput!) {\n    resolveFlags(input: $input) {\n      id\n    }\n  }\n": typeof types.ResolveFlagsDocument,
    "\n  query FlagQueue($after: String) {\n    flagQueue(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          targetId\n          targetType\n          count\n          oldestAt\n          excerpt\n          hidden\n          thread {\n            ...ThreadLinkFields\n          }\n          flags {\n            id\n            reason\n            note\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.FlagQueueDocument,
    "\n  query ModerationLog($filter: ModerationLogFilter, $after: String) {\n    moderationLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          ...ModerationActionFields\n        }\n      }\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  query Suspension {\n    me {\n      id\n      suspendedUntil\n      suspensionReason\n    }\n  }\n": typeof types.SuspensionDocument,
    "\n  mutation SuspendAccount($input: SuspendAccountInput!) {\n    suspendAccount(input: $input) {\n      id\n    }\n  }\n": typeof types.SuspendAccountDocument,
    "\n  query FeaturedThreads {\n    featuredThreads {\n      ...ThreadSummaryFields\n    }\n    pinnedThreads {\n      ...ThreadSummaryFields\n    }\n  }\n": typeof types.FeaturedThreadsDocument,
    "\n  query AccountSuspension($handle: String!) {\n    account(handle: $handle) {\n      id\n      suspendedUntil\n      suspensionReason\n      canSuspend {\n        ...AbilityFields\n      }\n    }\n  }\n": typeof types.AccountSuspensionDocument,
    "\n  mutation UnsuspendAccount($input: AccountActionInput!) {\n    unsuspendAccount(input: $input) {\n      id\n    }\n  }\n": typeof types.UnsuspendAccountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    count\n    summary\n    excerpt\n    reason\n    createdAt\n    readAt\n    actor {\n      ...PersonNameFields\n    }\n    thread {\n      ...ThreadLinkFields\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query EmailPreferences {\n    emailPreferences {\n      notifications\n      digest\n    }\n  }\n": typeof types.EmailPreferencesDocument,
    "\n  mutation UpdateEmailPreferences($input: UpdateEmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      notifications\n      digest\n    }\n  }\n": typeof types.UpdateEmailPreferencesDocument,
    "\n  query MailLog($after: String, $status: MailStatus) {\n    mailLog(first: 50, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          purpose\n          toAddress\n          subject\n          textBody\n          status\n          skipReason\n          attempts\n          lastError\n          createdAt\n          sentAt\n          availableAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.MailLogDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation Watch($input: WatchInput!) {\n    watch(input: $input) {\n      targetType\n      targetId\n      level\n      explicit\n    }\n  }\n": typeof types.WatchDocument,
    "\n  query MyWatches($targetType: WatchTarget) {\n    myWatches(targetType: $targetType) {\n      targetType\n      targetId\n      level\n      explicit\n      label\n    }\n  }\n": typeof types.MyWatchesDocument,
    "\n  query Profile($handle: String!) {\n    account(handle: $handle) {\n      id\n      handle\n      displayName\n      role\n      official\n      jobTitle\n      reputation\n      createdAt\n      privileges {\n        privilege\n        required\n        granted\n      }\n      threads(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            status\n            title\n            score\n            answerCount\n            createdAt\n          }\n        }\n      }\n      answers(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            score\n            accepted\n            official\n            createdAt\n            thread {\n              ...ThreadLinkFields\n            }\n          }\n        }\n      }\n      reputationHistory(first: 20) {\n        edges {\n          node {\n            id\n            reason\n            delta\n            createdAt\n            thread {\n              ...ThreadLinkFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $query, filter: $filter, first: $first, after: $after) {\n      estimatedTotal\n      queryId\n      didYouMean\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          titleHtml\n          snippetHtml\n          thread {\n            id\n            kind\n            status\n            tags\n            score\n            answerCount\n            createdAt\n            category {\n              ...CategoryLinkFields\n            }\n          }\n        }\n      }\n      facets {\n        category {\n          value\n          label\n          count\n        }\n        tag {\n          value\n          label\n          count\n        }\n        kind {\n          value\n          label\n          count\n        }\n        status {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SimilarThreads($input: SimilarThreadsInput!) {\n    similarThreads(input: $input) {\n      id\n      title\n      kind\n      status\n      answerCount\n      excerpt\n    }\n  }\n": typeof types.SimilarThreadsDocument,
    "\n  mutation RecordSearchClick($input: RecordSearchClickInput!) {\n    recordSearchClick(input: $input)\n  }\n": typeof types.RecordSearchClickDocument,
    "\n  mutation RecordDeflection($input: RecordDeflectionInput!) {\n    recordDeflection(input: $input)\n  }\n": typeof types.RecordDeflectionDocument,
    "\n  query SearchAnalytics($input: SearchAnalyticsInput!) {\n    searchAnalytics(input: $input) {\n      searches\n      zeroResultSearches\n      clicks\n      deflections\n      topQueries {\n        query\n        searches\n        averageResults\n        clicks\n      }\n      zeroResultQueries {\n        query\n        searches\n      }\n    }\n  }\n": typeof types.SearchAnalyticsDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token {\n        id\n        name\n      }\n      secret\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation RequestDataExport($input: RequestDataExportInput) {\n    requestDataExport(input: $input) {\n      id\n      downloadUrl\n      expiresAt\n      sizeBytes\n    }\n  }\n": typeof types.RequestDataExportDocument,
    "\n  mutation EraseMyAccount($input: EraseMyAccountInput!) {\n    eraseMyAccount(input: $input)\n  }\n": typeof types.EraseMyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query SignInMethods {\n    signInMethods {\n      hasPassword\n      identities {\n        id\n        provider\n        createdAt\n        lastSignInAt\n      }\n    }\n  }\n": typeof types.SignInMethodsDocument,
    "\n  mutation UnlinkIdentity($input: UnlinkIdentityInput!) {\n    unlinkIdentity(input: $input) {\n      hasPassword\n      identities {\n        id\n      }\n    }\n  }\n": typeof types.UnlinkIdentityDocument,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    kind\n    status\n    ideaStatus\n    closed\n    title\n    excerpt\n    tags\n    score\n    answerCount\n    viewCount\n    createdAt\n    lastActivityAt\n    category {\n      ...CategoryLinkFields\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n": typeof types.ThreadSummaryFieldsFragmentDoc,
    "\n  query ThreadList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.ThreadListDocument,
    "\n  query HomeThreads {\n    unansweredCount\n    popular: threads(sort: POPULAR, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n    newest: threads(sort: NEWEST, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.HomeThreadsDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    hidden\n    bodyHtml\n    createdAt\n    author {\n      ...AuthorFields\n    }\n    can {\n      flag {\n        ...AbilityFields\n      }\n      moderate {\n        ...AbilityFields\n      }\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment AnswerFields on Answer {\n    id\n    bodyHtml\n    score\n    official\n    hidden\n    accepted\n    createdAt\n    editedAt\n    viewerVote\n    can {\n      edit {\n        ...AbilityFields\n      }\n      delete {\n        ...AbilityFields\n      }\n      accept {\n        ...AbilityFields\n      }\n      vote {\n        ...AbilityFields\n      }\n      comment {\n        ...AbilityFields\n      }\n      flag {\n        ...AbilityFields\n      }\n      moderate {\n        ...AbilityFields\n      }\n    }\n    author {\n      ...AuthorFields\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n": typeof types.AnswerFieldsFragmentDoc,
    "\n  query Thread($id: ID!, $signedIn: Boolean!, $countView: Boolean!) {\n    thread(id: $id, countView: $countView) {\n      id\n      kind\n      status\n      title\n      bodyHtml\n      tags\n      score\n      answerCount\n      commentCount\n      viewCount\n      createdAt\n      editedAt\n      lastActivityAt\n      locked\n      deleted\n      closed\n      duplicateOf {\n        ...ThreadLinkFields\n      }\n      viewerVote\n      can {\n        edit {\n          ...AbilityFields\n        }\n        delete {\n          ...AbilityFields\n        }\n        answer {\n          ...AbilityFields\n        }\n        vote {\n          ...AbilityFields\n        }\n        comment {\n          ...AbilityFields\n        }\n      }\n      category {\n        ...CategoryLinkFields\n      }\n      author {\n        ...AuthorFields\n      }\n      comments {\n        ...CommentFields\n      }\n      ...ThreadModerationFields\n      ...ThreadCareFields @include(if: $signedIn)\n      ...IdeaStatusFields\n      answers(first: 30) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadDocument,
    "\n  mutation RecordView($input: RecordViewInput!) {\n    recordView(input: $input) {\n      id\n      viewCount\n    }\n  }\n": typeof types.RecordViewDocument,
    "\n  fragment RevisionFields on Revision {\n    id\n    createdAt\n    title\n    body\n    tags\n    editor {\n      ...PersonHandleFields\n    }\n  }\n": typeof types.RevisionFieldsFragmentDoc,
    "\n  query ThreadForEdit($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      body\n      tags\n      can {\n        edit {\n          ...AbilityFields\n        }\n      }\n      category {\n        ...CategoryLinkFields\n      }\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n": typeof types.ThreadForEditDocument,
    "\n  query AskCategories {\n    categories {\n      id\n      slug\n      name\n      description\n      forIdeas\n    }\n  }\n": typeof types.AskCategoriesDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateThreadDocument,
    "\n  mutation EditThread($input: EditThreadInput!) {\n    editThread(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      tags\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n": typeof types.EditThreadDocument,
    "\n  mutation DeleteThread($input: DeleteThreadInput!) {\n    deleteThread(input: $input) {\n      id\n      deleted\n    }\n  }\n": typeof types.DeleteThreadDocument,
    "\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      targetId\n      score\n      viewerVote\n    }\n  }\n": typeof types.VoteDocument,
    "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.PostCommentDocument,
    "\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      description\n      createdAt\n      secretRotatedAt\n      deliveries(first: 25) {\n        edges {\n          node {\n            id\n            eventId\n            event\n            status\n            attempts\n            responseStatus\n            lastError\n            lastAttemptAt\n            nextAttemptAt\n            deliveredAt\n            createdAt\n            attemptLog {\n              attemptedAt\n              responseStatus\n              error\n              durationMs\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhooksDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      webhook {\n        id\n        url\n      }\n      secret\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation RotateWebhookSecret($input: WebhookIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      webhook {\n        id\n        url\n      }\n      secret\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhook($input: WebhookIdInput!) {\n    deleteWebhook(input: $input)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  mutation SetLocale($locale: String) {\n    setLocale(locale: $locale)\n  }\n": typeof types.SetLocaleDocument,
    "\n  query HandleSuggestions($prefix: String!, $threadId: ID, $first: Int) {\n    handleSuggestions(prefix: $prefix, threadId: $threadId, first: $first) {\n      id\n      handle\n      displayName\n    }\n  }\n": typeof types.HandleSuggestionsDocument,
    "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": typeof types.PreviewMarkdownDocument,
    "query WidgetSearch($query: String!) { search(query: $query, first: 6) { edges { node {\n        titleHtml thread { id title answerCount status } } } } }": typeof types.WidgetSearchDocument,
    "query WidgetWait { categories { slug expectedWait { minutes } } }": typeof types.WidgetWaitDocument,
};
const documents: Documents = {
    "\n  query Community {\n    community {\n      name\n      tagline\n      primaryColor\n      accentColor\n      logoUrl\n      defaultLocale\n      singleSignOn {\n        buttonLabel\n        startUrl\n        only\n      }\n    }\n  }\n": types.CommunityDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  fragment CategoryLinkFields on Category {\n    id\n    slug\n    name\n  }\n": types.CategoryLinkFieldsFragmentDoc,
    "\n  fragment ThreadLinkFields on Thread {\n    id\n    title\n  }\n": types.ThreadLinkFieldsFragmentDoc,
    "\n  fragment PersonNameFields on Account {\n    id\n    displayName\n  }\n": types.PersonNameFieldsFragmentDoc,
    "\n  fragment PersonHandleFields on Account {\n    id\n    handle\n    displayName\n  }\n": types.PersonHandleFieldsFragmentDoc,
    "\n  fragment AbilityFields on Ability {\n    allowed\n    reason\n  }\n": types.AbilityFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      reputation\n      can {\n        ask {\n          ...AbilityFields\n        }\n        moderate {\n          ...AbilityFields\n        }\n        care {\n          ...AbilityFields\n        }\n        announce {\n          ...AbilityFields\n        }\n        administer {\n          ...AbilityFields\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment AuthorFields on Account {\n    id\n    handle\n    displayName\n    role\n    official\n    jobTitle\n    reputation\n  }\n": types.AuthorFieldsFragmentDoc,
    "\n  query SiteSettings {\n    siteSettings {\n      current {\n        name\n        tagline\n        primaryColor\n        accentColor\n        logoUrl\n        defaultLocale\n      }\n      defaults {\n        name\n        tagline\n        primaryColor\n        accentColor\n        defaultLocale\n      }\n      maxLogoBytes\n      locales\n      updatedAt\n    }\n  }\n": types.SiteSettingsDocument,
    "\n  mutation UpdateSiteSettings($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      name\n      tagline\n      primaryColor\n      accentColor\n      logoUrl\n      defaultLocale\n    }\n  }\n": types.UpdateSiteSettingsDocument,
    "\n  mutation UploadLogo($input: UploadLogoInput!) {\n    uploadLogo(input: $input) {\n      logoUrl\n    }\n  }\n": types.UploadLogoDocument,
    "\n  mutation RemoveLogo {\n    removeLogo {\n      logoUrl\n    }\n  }\n": types.RemoveLogoDocument,
    "\n  query RateLimitSettings {\n    rateLimitSettings {\n      name\n      action\n      points\n      duration\n      defaultPoints\n      defaultDuration\n      minPoints\n      maxPoints\n      minDuration\n      maxDuration\n    }\n  }\n": types.RateLimitSettingsDocument,
    "\n  mutation UpdateRateLimits($input: UpdateRateLimitsInput!) {\n    updateRateLimits(input: $input) {\n      name\n      points\n      duration\n    }\n  }\n": types.UpdateRateLimitsDocument,
    "\n  mutation ResetRateLimits($input: ResetRateLimitsInput!) {\n    resetRateLimits(input: $input) {\n      name\n      points\n      duration\n    }\n  }\n": types.ResetRateLimitsDocument,
    "\n  query People($query: String!) {\n    people(query: $query, first: 25) {\n      id\n      handle\n      displayName\n      email\n      role\n      reputation\n      createdAt\n      suspendedUntil\n    }\n  }\n": types.PeopleDocument,
    "\n  query Person($accountId: ID!) {\n    person(accountId: $accountId) {\n      account {\n        id\n        handle\n        displayName\n        email\n        role\n        jobTitle\n        reputation\n        createdAt\n        suspendedUntil\n        suspensionReason\n      }\n      threadCount\n      answerCount\n      threads {\n        id\n        threadId\n        title\n        createdAt\n        state\n      }\n      answers {\n        id\n        threadId\n        title\n        createdAt\n        state\n      }\n      flagsReceived {\n        id\n        targetType\n        threadId\n        reason\n        status\n        note\n        flaggedBy\n        createdAt\n      }\n      flagsRaised\n      signIns {\n        signedInAt\n        lastSeenAt\n        ip\n        userAgent\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  mutation SetRole($input: SetRoleInput!) {\n    setRole(input: $input) {\n      id\n      role\n      jobTitle\n    }\n  }\n": types.SetRoleDocument,
    "\n  query AdminTeams {\n    teams {\n      id\n      name\n      members {\n        id\n        handle\n        displayName\n        role\n      }\n    }\n  }\n": types.AdminTeamsDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation AddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      id\n    }\n  }\n": types.RemoveTeamMemberDocument,
    "\n  query AdminSigningKeys {\n    signingKeys {\n      keyId\n      algorithm\n      createdAt\n      revokedAt\n      revocationReason\n      active\n      signed {\n        threadId\n        version\n        title\n        signedAt\n      }\n    }\n  }\n": types.AdminSigningKeysDocument,
    "\n  mutation RevokeSigningKey($input: RevokeSigningKeyInput!) {\n    revokeSigningKey(input: $input) {\n      keyId\n      revokedAt\n      revocationReason\n    }\n  }\n": types.RevokeSigningKeyDocument,
    "\n  query SearchAdmin {\n    searchSynonyms {\n      word\n      synonyms\n    }\n    searchDeadLetters {\n      id\n      threadId\n      attempts\n      lastError\n      createdAt\n    }\n    searchReindex {\n      state\n      total\n      done\n      startedAt\n      finishedAt\n      error\n    }\n  }\n": types.SearchAdminDocument,
    "\n  query SearchReindexProgress {\n    searchReindex {\n      state\n      total\n      done\n      startedAt\n      finishedAt\n      error\n    }\n  }\n": types.SearchReindexProgressDocument,
    "\n  mutation StartSearchReindex {\n    startSearchReindex {\n      state\n      total\n      done\n      startedAt\n      finishedAt\n      error\n    }\n  }\n": types.StartSearchReindexDocument,
    "\n  mutation SetSearchSynonyms($input: SetSearchSynonymsInput!) {\n    setSearchSynonyms(input: $input)\n  }\n": types.SetSearchSynonymsDocument,
    "\n  mutation RetrySearchDeadLetters($input: RetrySearchDeadLettersInput!) {\n    retrySearchDeadLetters(input: $input)\n  }\n": types.RetrySearchDeadLettersDocument,
    "\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      responseTargetMinutes\n      archivedAt\n      threadCount\n      defaultTeam {\n        id\n        name\n      }\n      permissions {\n        read {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n    groups {\n      id\n      name\n      memberCount\n    }\n  }\n": types.AdminCategoriesDocument,
    "\n  mutation SetCategoryPermissions($input: SetCategoryPermissionsInput!) {\n    setCategoryPermissions(input: $input) {\n      id\n    }\n  }\n": types.SetCategoryPermissionsDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      slug\n      description\n      responseTargetMinutes\n      archivedAt\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  mutation ReorderCategories($input: ReorderCategoriesInput!) {\n    reorderCategories(input: $input) {\n      id\n      position\n    }\n  }\n": types.ReorderCategoriesDocument,
    "\n  mutation SetCategoryDefaultTeam($input: SetCategoryTeamInput!) {\n    setCategoryDefaultTeam(input: $input) {\n      id\n      defaultTeam {\n        id\n        name\n      }\n    }\n  }\n": types.SetCategoryDefaultTeamDocument,
    "\n  query CommunityAnalytics($input: CommunityAnalyticsInput!) {\n    communityAnalytics(input: $input) {\n      questions\n      firstResponse {\n        medianMinutes\n        p90Minutes\n        targetMinutes\n        withinTargetRate\n        responded\n      }\n      answerRate\n      solvedRate\n      communityAnswerShare\n      deflections\n      satisfactionAverage\n      satisfactionCount\n      topContributors {\n        account {\n          ...PersonHandleFields\n        }\n        answers\n        accepted\n      }\n      mostNegativeThreads {\n        id\n        title\n        sentiment\n      }\n      activityHeatmap {\n        dayOfWeek\n        hour\n        count\n      }\n      daily {\n        date\n        questions\n        medianFirstResponseMinutes\n      }\n    }\n  }\n": types.CommunityAnalyticsDocument,
    "\n  fragment AnnouncementFields on Announcement {\n    id\n    title\n    body\n    bodyHtml\n    version\n    pinnedUntil\n    createdAt\n    editedAt\n    category {\n      ...CategoryLinkFields\n    }\n    author {\n      ...AuthorFields\n    }\n    signature {\n      keyId\n      algorithm\n      signedAt\n      verified\n      keyRevoked\n      authorName\n      authorTitle\n    }\n  }\n": types.AnnouncementFieldsFragmentDoc,
    "\n  query Announcement($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementFields\n      versions {\n        version\n        title\n        authorName\n        authorTitle\n        signedAt\n        keyId\n      }\n    }\n  }\n": types.AnnouncementDocument,
    "\n  query PinnedAnnouncements($categoryId: ID) {\n    pinnedAnnouncements(categoryId: $categoryId) {\n      id\n      title\n      pinnedUntil\n      signature {\n        verified\n        authorName\n        authorTitle\n      }\n    }\n  }\n": types.PinnedAnnouncementsDocument,
    "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      ...AnnouncementFields\n    }\n  }\n": types.PublishAnnouncementDocument,
    "\n  mutation EditAnnouncement($input: EditAnnouncementInput!) {\n    editAnnouncement(input: $input) {\n      ...AnnouncementFields\n    }\n  }\n": types.EditAnnouncementDocument,
    "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n    }\n  }\n": types.PostAnswerDocument,
    "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      body\n      bodyHtml\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n": types.EditAnswerDocument,
    "\n  mutation DeleteAnswer($input: DeleteAnswerInput!) {\n    deleteAnswer(input: $input) {\n      id\n    }\n  }\n": types.DeleteAnswerDocument,
    "\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation UnacceptAnswer($answerId: ID!) {\n    unacceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n": types.UnacceptAnswerDocument,
    "\n  query AnswerForEdit($threadId: ID!) {\n    thread(id: $threadId) {\n      id\n      title\n      answers(first: 100) {\n        edges {\n          node {\n            id\n            body\n            can {\n              edit {\n                ...AbilityFields\n              }\n            }\n            revisions {\n              ...RevisionFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AnswerForEditDocument,
    "\n  fragment ThreadRoutingFields on Thread {\n    assignee {\n      ...PersonNameFields\n    }\n    assignedTeam {\n      id\n      name\n    }\n  }\n": types.ThreadRoutingFieldsFragmentDoc,
    "\n  fragment PrivateConversationSummaryFields on PrivateConversation {\n    id\n    createdAt\n    closedAt\n    thread {\n      ...ThreadLinkFields\n    }\n    customer {\n      ...PersonNameFields\n    }\n  }\n": types.PrivateConversationSummaryFieldsFragmentDoc,
    "\n  query CareQueue($filter: CareQueueFilter, $sort: CareQueueSort, $after: String) {\n    careQueue(filter: $filter, sort: $sort, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          waitingMinutes\n          targetMinutes\n          minutesLeft\n          overdue\n          sentiment\n          thread {\n            id\n            title\n            tags\n            createdAt\n            category {\n              id\n              name\n            }\n            author {\n              ...PersonNameFields\n            }\n            ...ThreadRoutingFields\n          }\n        }\n      }\n    }\n  }\n": types.CareQueueDocument,
    "\n  subscription CareQueueChanged {\n    careQueueChanged {\n      threadId\n      change\n    }\n  }\n": types.CareQueueChangedDocument,
    "\n  mutation AssignThread($input: AssignThreadInput!) {\n    assignThread(input: $input) {\n      id\n      ...ThreadRoutingFields\n    }\n  }\n": types.AssignThreadDocument,
    "\n  query RoutingChoices {\n    assignableStaff {\n      id\n      displayName\n      jobTitle\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.RoutingChoicesDocument,
    "\n  mutation ClosePrivateFollowUp($id: ID!) {\n    closePrivateFollowUp(id: $id) {\n      id\n      closedAt\n      viewerCanClose\n    }\n  }\n": types.ClosePrivateFollowUpDocument,
    "\n  query SavedReplies {\n    savedReplies {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n": types.SavedRepliesDocument,
    "\n  mutation CreateSavedReply($input: CreateSavedReplyInput!) {\n    createSavedReply(input: $input) {\n      id\n    }\n  }\n": types.CreateSavedReplyDocument,
    "\n  mutation UpdateSavedReply($input: UpdateSavedReplyInput!) {\n    updateSavedReply(input: $input) {\n      id\n      title\n      body\n    }\n  }\n": types.UpdateSavedReplyDocument,
    "\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n": types.DeleteSavedReplyDocument,
    "\n  query RenderSavedReply($input: RenderSavedReplyInput!) {\n    renderSavedReply(input: $input)\n  }\n": types.RenderSavedReplyDocument,
    "\n  query CategoryWaits {\n    categories {\n      id\n      slug\n      expectedWait {\n        minutes\n        sampleSize\n        computedAt\n      }\n    }\n  }\n": types.CategoryWaitsDocument,
    "\n  fragment ThreadCareFields on Thread {\n    status\n    answerCount\n    locked\n    closed\n    assignee {\n      id\n    }\n    assignedTeam {\n      id\n    }\n    privateFollowUp\n    can {\n      rate {\n        ...AbilityFields\n      }\n    }\n    satisfaction {\n      id\n      rating\n      comment\n    }\n    author {\n      ...PersonNameFields\n    }\n    assignmentHistory {\n      id\n      action\n      createdAt\n      actor {\n        ...PersonNameFields\n      }\n      assignee {\n        ...PersonNameFields\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.ThreadCareFieldsFragmentDoc,
    "\n  query ThreadCare($id: ID!) {\n    thread(id: $id) {\n      id\n      ...ThreadCareFields\n    }\n  }\n": types.ThreadCareDocument,
    "\n  mutation RateHelp($input: RateHelpInput!) {\n    rateHelp(input: $input) {\n      id\n      rating\n    }\n  }\n": types.RateHelpDocument,
    "\n  query CustomerHistory($accountId: ID!) {\n    customerHistory(accountId: $accountId) {\n      threadCount\n      answersReceived\n      threads {\n        id\n        title\n        status\n        createdAt\n      }\n      ratings {\n        id\n        rating\n        comment\n        thread {\n          ...ThreadLinkFields\n        }\n      }\n      openConversations {\n        id\n        createdAt\n        thread {\n          ...ThreadLinkFields\n        }\n      }\n    }\n  }\n": types.CustomerHistoryDocument,
    "\n  mutation OpenPrivateFollowUp($input: OpenPrivateFollowUpInput!) {\n    openPrivateFollowUp(input: $input) {\n      id\n    }\n  }\n": types.OpenPrivateFollowUpDocument,
    "\n  query PrivateConversation($id: ID!) {\n    privateConversation(id: $id) {\n      ...PrivateConversationSummaryFields\n      viewerCanClose\n      messages {\n        id\n        bodyHtml\n        createdAt\n        author {\n          id\n          displayName\n          official\n          jobTitle\n        }\n      }\n    }\n  }\n": types.PrivateConversationDocument,
    "\n  mutation ReplyPrivateFollowUp($input: ReplyPrivateFollowUpInput!) {\n    replyPrivateFollowUp(input: $input) {\n      id\n    }\n  }\n": types.ReplyPrivateFollowUpDocument,
    "\n  query MyPrivateConversations {\n    myPrivateConversations {\n      ...PrivateConversationSummaryFields\n    }\n  }\n": types.MyPrivateConversationsDocument,
    "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n    }\n  }\n": types.CategoriesDocument,
    "\n  query Category($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n      forIdeas\n      private\n      tags {\n        tag\n        count\n      }\n    }\n  }\n": types.CategoryDocument,
    "\n  query Groups {\n    groups {\n      id\n      name\n      description\n      visibility\n      memberCount\n      viewerIsMember\n    }\n    me {\n      id\n      can {\n        administer {\n          allowed\n        }\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  query Group($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      description\n      visibility\n      memberCount\n      viewerIsMember\n      ownerIds\n      members {\n        id\n        handle\n        displayName\n      }\n      can {\n        manageMembers {\n          allowed\n          reason\n        }\n        edit {\n          allowed\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n": types.GroupDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n    }\n  }\n": types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n    }\n  }\n": types.RemoveGroupMemberDocument,
    "\n  query AccountByHandle($handle: String!) {\n    account(handle: $handle) {\n      id\n      displayName\n    }\n  }\n": types.AccountByHandleDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      description\n      visibility\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation DeleteGroup($input: GroupIdInput!) {\n    deleteGroup(input: $input)\n  }\n": types.DeleteGroupDocument,
    "\n  fragment IdeaStatusFields on Thread {\n    id\n    kind\n    ideaStatus\n    ideaStatusHistory {\n      id\n      status\n      previousStatus\n      note\n      createdAt\n      author {\n        ...AuthorFields\n      }\n    }\n    can {\n      setIdeaStatus {\n        ...AbilityFields\n      }\n    }\n  }\n": types.IdeaStatusFieldsFragmentDoc,
    "\n  query Roadmap($categoryId: ID, $first: Int!) {\n    categories {\n      id\n      slug\n      name\n      forIdeas\n    }\n    underReview: threads(\n      filter: { kind: IDEA, ideaStatus: UNDER_REVIEW, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    planned: threads(\n      filter: { kind: IDEA, ideaStatus: PLANNED, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    inProgress: threads(\n      filter: { kind: IDEA, ideaStatus: IN_PROGRESS, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    shipped: threads(\n      filter: { kind: IDEA, ideaStatus: SHIPPED, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    declined: threads(\n      filter: { kind: IDEA, ideaStatus: DECLINED, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n  }\n": types.RoadmapDocument,
    "\n  fragment RoadmapColumn on ThreadConnection {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        score\n        answerCount\n        ideaStatus\n        category {\n          ...CategoryLinkFields\n        }\n      }\n    }\n  }\n": types.RoadmapColumnFragmentDoc,
    "\n  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {\n    setIdeaStatus(input: $input) {\n      ...IdeaStatusFields\n    }\n  }\n": types.SetIdeaStatusDocument,
    "\n  mutation InviteToAnswer($input: InviteToAnswerInput!) {\n    inviteToAnswer(input: $input)\n  }\n": types.InviteToAnswerDocument,
    "\n  subscription ThreadUpdated($threadId: ID!) {\n    threadUpdated(threadId: $threadId) {\n      threadId\n      kind\n      answerId\n      actorId\n    }\n  }\n": types.ThreadUpdatedDocument,
    "\n  fragment ThreadModerationFields on Thread {\n    id\n    can {\n      flag {\n        ...AbilityFields\n      }\n      moderate {\n        ...AbilityFields\n      }\n    }\n    kind\n    title\n    tags\n    hidden\n    locked\n    closed\n    featured\n    pinnedUntil\n    category {\n      id\n    }\n    duplicateOf {\n      ...ThreadLinkFields\n    }\n  }\n": types.ThreadModerationFieldsFragmentDoc,
    "\n  query ThreadModeration($id: ID!) {\n    thread(id: $id) {\n      ...ThreadModerationFields\n    }\n  }\n": types.ThreadModerationDocument,
    "\n  fragment ModerationActionFields on ModerationAction {\n    id\n    action\n    targetType\n    targetId\n    reason\n    before\n    after\n    createdAt\n    actor {\n      ...PersonHandleFields\n    }\n    thread {\n      ...ThreadLinkFields\n    }\n    account {\n      ...PersonHandleFields\n    }\n  }\n": types.ModerationActionFieldsFragmentDoc,
    "\n  mutation HidePost($input: PostActionInput!) {\n    hidePost(input: $input) {\n      id\n    }\n  }\n": types.HidePostDocument,
    "\n  mutation RestorePost($input: PostActionInput!) {\n    restorePost(input: $input) {\n      id\n    }\n  }\n": types.RestorePostDocument,
    "\n  mutation LockThread($input: ThreadActionInput!) {\n    lockThread(input: $input) {\n      id\n    }\n  }\n": types.LockThreadDocument,
    "\n  mutation UnlockThread($input: ThreadActionInput!) {\n    unlockThread(input: $input) {\n      id\n    }\n  }\n": types.UnlockThreadDocument,
    "\n  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {\n    closeAsDuplicate(input: $input) {\n      id\n    }\n  }\n": types.CloseAsDuplicateDocument,
    "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      id\n    }\n  }\n": types.MoveThreadDocument,
    "\n  mutation EditTags($input: EditTagsInput!) {\n    editTags(input: $input) {\n      id\n    }\n  }\n": types.EditTagsDocument,
    "\n  mutation PinThread($input: PinThreadInput!) {\n    pinThread(input: $input) {\n      id\n    }\n  }\n": types.PinThreadDocument,
    "\n  mutation UnpinThread($input: ThreadActionInput!) {\n    unpinThread(input: $input) {\n      id\n    }\n  }\n": types.UnpinThreadDocument,
    "\n  mutation FeatureThread($input: ThreadActionInput!) {\n    featureThread(input: $input) {\n      id\n    }\n  }\n": types.FeatureThreadDocument,
    "\n  mutation UnfeatureThread($input: ThreadActionInput!) {\n    unfeatureThread(input: $input) {\n      id\n    }\n  }\n": types.UnfeatureThreadDocument,
    "\n  mutation Flag($input: FlagInput!) {\n    flag(input: $input) {\n      id\n      status\n    }\n  }\n": types.FlagDocument,
    "\n  mutation ResolveFlags($input: ResolveFlagsInput!) {\n    resolveFlags(input: $input) {\n      id\n    }\n  }\n": types.ResolveFlagsDocument,
    "\n  query FlagQueue($after: String) {\n    flagQueue(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          targetId\n          targetType\n          count\n          oldestAt\n          excerpt\n          hidden\n          thread {\n            ...ThreadLinkFields\n          }\n          flags {\n            id\n            reason\n            note\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.FlagQueueDocument,
    "\n  query ModerationLog($filter: ModerationLogFilter, $after: String) {\n    moderationLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          ...ModerationActionFields\n        }\n      }\n    }\n  }\n": types.ModerationLogDocument,
    "\n  query Suspension {\n    me {\n      id\n      suspendedUntil\n      suspensionReason\n    }\n  }\n": types.SuspensionDocument,
    "\n  mutation SuspendAccount($input: SuspendAccountInput!) {\n    suspendAccount(input: $input) {\n      id\n    }\n  }\n": types.SuspendAccountDocument,
    "\n  query FeaturedThreads {\n    featuredThreads {\n      ...ThreadSummaryFields\n    }\n    pinnedThreads {\n      ...ThreadSummaryFields\n    }\n  }\n": types.FeaturedThreadsDocument,
    "\n  query AccountSuspension($handle: String!) {\n    account(handle: $handle) {\n      id\n      suspendedUntil\n      suspensionReason\n      canSuspend {\n        ...AbilityFields\n      }\n    }\n  }\n": types.AccountSuspensionDocument,
    "\n  mutation UnsuspendAccount($input: AccountActionInput!) {\n    unsuspendAccount(input: $input) {\n      id\n    }\n  }\n": types.UnsuspendAccountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    count\n    summary\n    excerpt\n    reason\n    createdAt\n    readAt\n    actor {\n      ...PersonNameFields\n    }\n    thread {\n      ...ThreadLinkFields\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query EmailPreferences {\n    emailPreferences {\n      notifications\n      digest\n    }\n  }\n": types.EmailPreferencesDocument,
    "\n  mutation UpdateEmailPreferences($input: UpdateEmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      notifications\n      digest\n    }\n  }\n": types.UpdateEmailPreferencesDocument,
    "\n  query MailLog($after: String, $status: MailStatus) {\n    mailLog(first: 50, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          purpose\n          toAddress\n          subject\n          textBody\n          status\n          skipReason\n          attempts\n          lastError\n          createdAt\n          sentAt\n          availableAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.MailLogDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation Watch($input: WatchInput!) {\n    watch(input: $input) {\n      targetType\n      targetId\n      level\n      explicit\n    }\n  }\n": types.WatchDocument,
    "\n  query MyWatches($targetType: WatchTarget) {\n    myWatches(targetType: $targetType) {\n      targetType\n      targetId\n      level\n      explicit\n      label\n    }\n  }\n": types.MyWatchesDocument,
    "\n  query Profile($handle: String!) {\n    account(handle: $handle) {\n      id\n      handle\n      displayName\n      role\n      official\n      jobTitle\n      reputation\n      createdAt\n      privileges {\n        privilege\n        required\n        granted\n      }\n      threads(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            status\n            title\n            score\n            answerCount\n            createdAt\n          }\n        }\n      }\n      answers(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            score\n            accepted\n            official\n            createdAt\n            thread {\n              ...ThreadLinkFields\n            }\n          }\n        }\n      }\n      reputationHistory(first: 20) {\n        edges {\n          node {\n            id\n            reason\n            delta\n            createdAt\n            thread {\n              ...ThreadLinkFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $query, filter: $filter, first: $first, after: $after) {\n      estimatedTotal\n      queryId\n      didYouMean\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          titleHtml\n          snippetHtml\n          thread {\n            id\n            kind\n            status\n            tags\n            score\n            answerCount\n            createdAt\n            category {\n              ...CategoryLinkFields\n            }\n          }\n        }\n      }\n      facets {\n        category {\n          value\n          label\n          count\n        }\n        tag {\n          value\n          label\n          count\n        }\n        kind {\n          value\n          label\n          count\n        }\n        status {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SimilarThreads($input: SimilarThreadsInput!) {\n    similarThreads(input: $input) {\n      id\n      title\n      kind\n      status\n      answerCount\n      excerpt\n    }\n  }\n": types.SimilarThreadsDocument,
    "\n  mutation RecordSearchClick($input: RecordSearchClickInput!) {\n    recordSearchClick(input: $input)\n  }\n": types.RecordSearchClickDocument,
    "\n  mutation RecordDeflection($input: RecordDeflectionInput!) {\n    recordDeflection(input: $input)\n  }\n": types.RecordDeflectionDocument,
    "\n  query SearchAnalytics($input: SearchAnalyticsInput!) {\n    searchAnalytics(input: $input) {\n      searches\n      zeroResultSearches\n      clicks\n      deflections\n      topQueries {\n        query\n        searches\n        averageResults\n        clicks\n      }\n      zeroResultQueries {\n        query\n        searches\n      }\n    }\n  }\n": types.SearchAnalyticsDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token {\n        id\n        name\n      }\n      secret\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation RequestDataExport($input: RequestDataExportInput) {\n    requestDataExport(input: $input) {\n      id\n      downloadUrl\n      expiresAt\n      sizeBytes\n    }\n  }\n": types.RequestDataExportDocument,
    "\n  mutation EraseMyAccount($input: EraseMyAccountInput!) {\n    eraseMyAccount(input: $input)\n  }\n": types.EraseMyAccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query SignInMethods {\n    signInMethods {\n      hasPassword\n      identities {\n        id\n        provider\n        createdAt\n        lastSignInAt\n      }\n    }\n  }\n": types.SignInMethodsDocument,
    "\n  mutation UnlinkIdentity($input: UnlinkIdentityInput!) {\n    unlinkIdentity(input: $input) {\n      hasPassword\n      identities {\n        id\n      }\n    }\n  }\n": types.UnlinkIdentityDocument,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    kind\n    status\n    ideaStatus\n    closed\n    title\n    excerpt\n    tags\n    score\n    answerCount\n    viewCount\n    createdAt\n    lastActivityAt\n    category {\n      ...CategoryLinkFields\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n": types.ThreadSummaryFieldsFragmentDoc,
    "\n  query ThreadList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n": types.ThreadListDocument,
    "\n  query HomeThreads {\n    unansweredCount\n    popular: threads(sort: POPULAR, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n    newest: threads(sort: NEWEST, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n": types.HomeThreadsDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    hidden\n    bodyHtml\n    createdAt\n    author {\n      ...AuthorFields\n    }\n    can {\n      flag {\n        ...AbilityFields\n      }\n      moderate {\n        ...AbilityFields\n      }\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment AnswerFields on Answer {\n    id\n    bodyHtml\n    score\n    official\n    hidden\n    accepted\n    createdAt\n    editedAt\n    viewerVote\n    can {\n      edit {\n        ...AbilityFields\n      }\n      delete {\n        ...AbilityFields\n      }\n      accept {\n        ...AbilityFields\n      }\n      vote {\n        ...AbilityFields\n      }\n      comment {\n        ...AbilityFields\n      }\n      flag {\n        ...AbilityFields\n      }\n      moderate {\n        ...AbilityFields\n      }\n    }\n    author {\n      ...AuthorFields\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n": types.AnswerFieldsFragmentDoc,
    "\n  query Thread($id: ID!, $signedIn: Boolean!, $countView: Boolean!) {\n    thread(id: $id, countView: $countView) {\n      id\n      kind\n      status\n      title\n      bodyHtml\n      tags\n      score\n      answerCount\n      commentCount\n      viewCount\n      createdAt\n      editedAt\n      lastActivityAt\n      locked\n      deleted\n      closed\n      duplicateOf {\n        ...ThreadLinkFields\n      }\n      viewerVote\n      can {\n        edit {\n          ...AbilityFields\n        }\n        delete {\n          ...AbilityFields\n        }\n        answer {\n          ...AbilityFields\n        }\n        vote {\n          ...AbilityFields\n        }\n        comment {\n          ...AbilityFields\n        }\n      }\n      category {\n        ...CategoryLinkFields\n      }\n      author {\n        ...AuthorFields\n      }\n      comments {\n        ...CommentFields\n      }\n      ...ThreadModerationFields\n      ...ThreadCareFields @include(if: $signedIn)\n      ...IdeaStatusFields\n      answers(first: 30) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n": types.ThreadDocument,
    "\n  mutation RecordView($input: RecordViewInput!) {\n    recordView(input: $input) {\n      id\n      viewCount\n    }\n  }\n": types.RecordViewDocument,
    "\n  fragment RevisionFields on Revision {\n    id\n    createdAt\n    title\n    body\n    tags\n    editor {\n      ...PersonHandleFields\n    }\n  }\n": types.RevisionFieldsFragmentDoc,
    "\n  query ThreadForEdit($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      body\n      tags\n      can {\n        edit {\n          ...AbilityFields\n        }\n      }\n      category {\n        ...CategoryLinkFields\n      }\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n": types.ThreadForEditDocument,
    "\n  query AskCategories {\n    categories {\n      id\n      slug\n      name\n      description\n      forIdeas\n    }\n  }\n": types.AskCategoriesDocument,
    "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n": types.CreateThreadDocument,
    "\n  mutation EditThread($input: EditThreadInput!) {\n    editThread(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      tags\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n": types.EditThreadDocument,
    "\n  mutation DeleteThread($input: DeleteThreadInput!) {\n    deleteThread(input: $input) {\n      id\n      deleted\n    }\n  }\n": types.DeleteThreadDocument,
    "\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      targetId\n      score\n      viewerVote\n    }\n  }\n": types.VoteDocument,
    "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.PostCommentDocument,
    "\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      description\n      createdAt\n      secretRotatedAt\n      deliveries(first: 25) {\n        edges {\n          node {\n            id\n            eventId\n            event\n            status\n            attempts\n            responseStatus\n            lastError\n            lastAttemptAt\n            nextAttemptAt\n            deliveredAt\n            createdAt\n            attemptLog {\n              attemptedAt\n              responseStatus\n              error\n              durationMs\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebhooksDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      webhook {\n        id\n        url\n      }\n      secret\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation RotateWebhookSecret($input: WebhookIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      webhook {\n        id\n        url\n      }\n      secret\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation DeleteWebhook($input: WebhookIdInput!) {\n    deleteWebhook(input: $input)\n  }\n": types.DeleteWebhookDocument,
    "\n  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      id\n      status\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  mutation SetLocale($locale: String) {\n    setLocale(locale: $locale)\n  }\n": types.SetLocaleDocument,
    "\n  query HandleSuggestions($prefix: String!, $threadId: ID, $first: Int) {\n    handleSuggestions(prefix: $prefix, threadId: $threadId, first: $first) {\n      id\n      handle\n      displayName\n    }\n  }\n": types.HandleSuggestionsDocument,
    "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n": types.PreviewMarkdownDocument,
    "query WidgetSearch($query: String!) { search(query: $query, first: 6) { edges { node {\n        titleHtml thread { id title answerCount status } } } } }": types.WidgetSearchDocument,
    "query WidgetWait { categories { slug expectedWait { minutes } } }": types.WidgetWaitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Community {\n    community {\n      name\n      tagline\n      primaryColor\n      accentColor\n      logoUrl\n      defaultLocale\n      singleSignOn {\n        buttonLabel\n        startUrl\n        only\n      }\n    }\n  }\n"): (typeof documents)["\n  query Community {\n    community {\n      name\n      tagline\n      primaryColor\n      accentColor\n      logoUrl\n      defaultLocale\n      singleSignOn {\n        buttonLabel\n        startUrl\n        only\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryLinkFields on Category {\n    id\n    slug\n    name\n  }\n"): (typeof documents)["\n  fragment CategoryLinkFields on Category {\n    id\n    slug\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadLinkFields on Thread {\n    id\n    title\n  }\n"): (typeof documents)["\n  fragment ThreadLinkFields on Thread {\n    id\n    title\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonNameFields on Account {\n    id\n    displayName\n  }\n"): (typeof documents)["\n  fragment PersonNameFields on Account {\n    id\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonHandleFields on Account {\n    id\n    handle\n    displayName\n  }\n"): (typeof documents)["\n  fragment PersonHandleFields on Account {\n    id\n    handle\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AbilityFields on Ability {\n    allowed\n    reason\n  }\n"): (typeof documents)["\n  fragment AbilityFields on Ability {\n    allowed\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      reputation\n      can {\n        ask {\n          ...AbilityFields\n        }\n        moderate {\n          ...AbilityFields\n        }\n        care {\n          ...AbilityFields\n        }\n        announce {\n          ...AbilityFields\n        }\n        administer {\n          ...AbilityFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      reputation\n      can {\n        ask {\n          ...AbilityFields\n        }\n        moderate {\n          ...AbilityFields\n        }\n        care {\n          ...AbilityFields\n        }\n        announce {\n          ...AbilityFields\n        }\n        administer {\n          ...AbilityFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorFields on Account {\n    id\n    handle\n    displayName\n    role\n    official\n    jobTitle\n    reputation\n  }\n"): (typeof documents)["\n  fragment AuthorFields on Account {\n    id\n    handle\n    displayName\n    role\n    official\n    jobTitle\n    reputation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteSettings {\n    siteSettings {\n      current {\n        name\n        tagline\n        primaryColor\n        accentColor\n        logoUrl\n        defaultLocale\n      }\n      defaults {\n        name\n        tagline\n        primaryColor\n        accentColor\n        defaultLocale\n      }\n      maxLogoBytes\n      locales\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query SiteSettings {\n    siteSettings {\n      current {\n        name\n        tagline\n        primaryColor\n        accentColor\n        logoUrl\n        defaultLocale\n      }\n      defaults {\n        name\n        tagline\n        primaryColor\n        accentColor\n        defaultLocale\n      }\n      maxLogoBytes\n      locales\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSiteSettings($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      name\n      tagline\n      primaryColor\n      accentColor\n      logoUrl\n      defaultLocale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSiteSettings($input: UpdateSiteSettingsInput!) {\n    updateSiteSettings(input: $input) {\n      name\n      tagline\n      primaryColor\n      accentColor\n      logoUrl\n      defaultLocale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadLogo($input: UploadLogoInput!) {\n    uploadLogo(input: $input) {\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  mutation UploadLogo($input: UploadLogoInput!) {\n    uploadLogo(input: $input) {\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLogo {\n    removeLogo {\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveLogo {\n    removeLogo {\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitSettings {\n    rateLimitSettings {\n      name\n      action\n      points\n      duration\n      defaultPoints\n      defaultDuration\n      minPoints\n      maxPoints\n      minDuration\n      maxDuration\n    }\n  }\n"): (typeof documents)["\n  query RateLimitSettings {\n    rateLimitSettings {\n      name\n      action\n      points\n      duration\n      defaultPoints\n      defaultDuration\n      minPoints\n      maxPoints\n      minDuration\n      maxDuration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRateLimits($input: UpdateRateLimitsInput!) {\n    updateRateLimits(input: $input) {\n      name\n      points\n      duration\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRateLimits($input: UpdateRateLimitsInput!) {\n    updateRateLimits(input: $input) {\n      name\n      points\n      duration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetRateLimits($input: ResetRateLimitsInput!) {\n    resetRateLimits(input: $input) {\n      name\n      points\n      duration\n    }\n  }\n"): (typeof documents)["\n  mutation ResetRateLimits($input: ResetRateLimitsInput!) {\n    resetRateLimits(input: $input) {\n      name\n      points\n      duration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($query: String!) {\n    people(query: $query, first: 25) {\n      id\n      handle\n      displayName\n      email\n      role\n      reputation\n      createdAt\n      suspendedUntil\n    }\n  }\n"): (typeof documents)["\n  query People($query: String!) {\n    people(query: $query, first: 25) {\n      id\n      handle\n      displayName\n      email\n      role\n      reputation\n      createdAt\n      suspendedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($accountId: ID!) {\n    person(accountId: $accountId) {\n      account {\n        id\n        handle\n        displayName\n        email\n        role\n        jobTitle\n        reputation\n        createdAt\n        suspendedUntil\n        suspensionReason\n      }\n      threadCount\n      answerCount\n      threads {\n        id\n        threadId\n        title\n        createdAt\n        state\n      }\n      answers {\n        id\n        threadId\n        title\n        createdAt\n        state\n      }\n      flagsReceived {\n        id\n        targetType\n        threadId\n        reason\n        status\n        note\n        flaggedBy\n        createdAt\n      }\n      flagsRaised\n      signIns {\n        signedInAt\n        lastSeenAt\n        ip\n        userAgent\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($accountId: ID!) {\n    person(accountId: $accountId) {\n      account {\n        id\n        handle\n        displayName\n        email\n        role\n        jobTitle\n        reputation\n        createdAt\n        suspendedUntil\n        suspensionReason\n      }\n      threadCount\n      answerCount\n      threads {\n        id\n        threadId\n        title\n        createdAt\n        state\n      }\n      answers {\n        id\n        threadId\n        title\n        createdAt\n        state\n      }\n      flagsReceived {\n        id\n        targetType\n        threadId\n        reason\n        status\n        note\n        flaggedBy\n        createdAt\n      }\n      flagsRaised\n      signIns {\n        signedInAt\n        lastSeenAt\n        ip\n        userAgent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRole($input: SetRoleInput!) {\n    setRole(input: $input) {\n      id\n      role\n      jobTitle\n    }\n  }\n"): (typeof documents)["\n  mutation SetRole($input: SetRoleInput!) {\n    setRole(input: $input) {\n      id\n      role\n      jobTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTeams {\n    teams {\n      id\n      name\n      members {\n        id\n        handle\n        displayName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTeams {\n    teams {\n      id\n      name\n      members {\n        id\n        handle\n        displayName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSigningKeys {\n    signingKeys {\n      keyId\n      algorithm\n      createdAt\n      revokedAt\n      revocationReason\n      active\n      signed {\n        threadId\n        version\n        title\n        signedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSigningKeys {\n    signingKeys {\n      keyId\n      algorithm\n      createdAt\n      revokedAt\n      revocationReason\n      active\n      signed {\n        threadId\n        version\n        title\n        signedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSigningKey($input: RevokeSigningKeyInput!) {\n    revokeSigningKey(input: $input) {\n      keyId\n      revokedAt\n      revocationReason\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeSigningKey($input: RevokeSigningKeyInput!) {\n    revokeSigningKey(input: $input) {\n      keyId\n      revokedAt\n      revocationReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAdmin {\n    searchSynonyms {\n      word\n      synonyms\n    }\n    searchDeadLetters {\n      id\n      threadId\n      attempts\n      lastError\n      createdAt\n    }\n    searchReindex {\n      state\n      total\n      done\n      startedAt\n      finishedAt\n      error\n    }\n  }\n"): (typeof documents)["\n  query SearchAdmin {\n    searchSynonyms {\n      word\n      synonyms\n    }\n    searchDeadLetters {\n      id\n      threadId\n      attempts\n      lastError\n      createdAt\n    }\n    searchReindex {\n      state\n      total\n      done\n      startedAt\n      finishedAt\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchReindexProgress {\n    searchReindex {\n      state\n      total\n      done\n      startedAt\n      finishedAt\n      error\n    }\n  }\n"): (typeof documents)["\n  query SearchReindexProgress {\n    searchReindex {\n      state\n      total\n      done\n      startedAt\n      finishedAt\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSearchReindex {\n    startSearchReindex {\n      state\n      total\n      done\n      startedAt\n      finishedAt\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation StartSearchReindex {\n    startSearchReindex {\n      state\n      total\n      done\n      startedAt\n      finishedAt\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSearchSynonyms($input: SetSearchSynonymsInput!) {\n    setSearchSynonyms(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetSearchSynonyms($input: SetSearchSynonymsInput!) {\n    setSearchSynonyms(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetrySearchDeadLetters($input: RetrySearchDeadLettersInput!) {\n    retrySearchDeadLetters(input: $input)\n  }\n"): (typeof documents)["\n  mutation RetrySearchDeadLetters($input: RetrySearchDeadLettersInput!) {\n    retrySearchDeadLetters(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      responseTargetMinutes\n      archivedAt\n      threadCount\n      defaultTeam {\n        id\n        name\n      }\n      permissions {\n        read {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n    groups {\n      id\n      name\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  query AdminCategories {\n    categories(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      position\n      responseTargetMinutes\n      archivedAt\n      threadCount\n      defaultTeam {\n        id\n        name\n      }\n      permissions {\n        read {\n          id\n          name\n        }\n        post {\n          id\n          name\n        }\n      }\n    }\n    teams {\n      id\n      name\n    }\n    groups {\n      id\n      name\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCategoryPermissions($input: SetCategoryPermissionsInput!) {\n    setCategoryPermissions(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetCategoryPermissions($input: SetCategoryPermissionsInput!) {\n    setCategoryPermissions(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      slug\n      description\n      responseTargetMinutes\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      slug\n      description\n      responseTargetMinutes\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCategories($input: ReorderCategoriesInput!) {\n    reorderCategories(input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderCategories($input: ReorderCategoriesInput!) {\n    reorderCategories(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCategoryDefaultTeam($input: SetCategoryTeamInput!) {\n    setCategoryDefaultTeam(input: $input) {\n      id\n      defaultTeam {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCategoryDefaultTeam($input: SetCategoryTeamInput!) {\n    setCategoryDefaultTeam(input: $input) {\n      id\n      defaultTeam {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityAnalytics($input: CommunityAnalyticsInput!) {\n    communityAnalytics(input: $input) {\n      questions\n      firstResponse {\n        medianMinutes\n        p90Minutes\n        targetMinutes\n        withinTargetRate\n        responded\n      }\n      answerRate\n      solvedRate\n      communityAnswerShare\n      deflections\n      satisfactionAverage\n      satisfactionCount\n      topContributors {\n        account {\n          ...PersonHandleFields\n        }\n        answers\n        accepted\n      }\n      mostNegativeThreads {\n        id\n        title\n        sentiment\n      }\n      activityHeatmap {\n        dayOfWeek\n        hour\n        count\n      }\n      daily {\n        date\n        questions\n        medianFirstResponseMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityAnalytics($input: CommunityAnalyticsInput!) {\n    communityAnalytics(input: $input) {\n      questions\n      firstResponse {\n        medianMinutes\n        p90Minutes\n        targetMinutes\n        withinTargetRate\n        responded\n      }\n      answerRate\n      solvedRate\n      communityAnswerShare\n      deflections\n      satisfactionAverage\n      satisfactionCount\n      topContributors {\n        account {\n          ...PersonHandleFields\n        }\n        answers\n        accepted\n      }\n      mostNegativeThreads {\n        id\n        title\n        sentiment\n      }\n      activityHeatmap {\n        dayOfWeek\n        hour\n        count\n      }\n      daily {\n        date\n        questions\n        medianFirstResponseMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnouncementFields on Announcement {\n    id\n    title\n    body\n    bodyHtml\n    version\n    pinnedUntil\n    createdAt\n    editedAt\n    category {\n      ...CategoryLinkFields\n    }\n    author {\n      ...AuthorFields\n    }\n    signature {\n      keyId\n      algorithm\n      signedAt\n      verified\n      keyRevoked\n      authorName\n      authorTitle\n    }\n  }\n"): (typeof documents)["\n  fragment AnnouncementFields on Announcement {\n    id\n    title\n    body\n    bodyHtml\n    version\n    pinnedUntil\n    createdAt\n    editedAt\n    category {\n      ...CategoryLinkFields\n    }\n    author {\n      ...AuthorFields\n    }\n    signature {\n      keyId\n      algorithm\n      signedAt\n      verified\n      keyRevoked\n      authorName\n      authorTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Announcement($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementFields\n      versions {\n        version\n        title\n        authorName\n        authorTitle\n        signedAt\n        keyId\n      }\n    }\n  }\n"): (typeof documents)["\n  query Announcement($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementFields\n      versions {\n        version\n        title\n        authorName\n        authorTitle\n        signedAt\n        keyId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PinnedAnnouncements($categoryId: ID) {\n    pinnedAnnouncements(categoryId: $categoryId) {\n      id\n      title\n      pinnedUntil\n      signature {\n        verified\n        authorName\n        authorTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  query PinnedAnnouncements($categoryId: ID) {\n    pinnedAnnouncements(categoryId: $categoryId) {\n      id\n      title\n      pinnedUntil\n      signature {\n        verified\n        authorName\n        authorTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      ...AnnouncementFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      ...AnnouncementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditAnnouncement($input: EditAnnouncementInput!) {\n    editAnnouncement(input: $input) {\n      ...AnnouncementFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditAnnouncement($input: EditAnnouncementInput!) {\n    editAnnouncement(input: $input) {\n      ...AnnouncementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      body\n      bodyHtml\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      id\n      body\n      bodyHtml\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnswer($input: DeleteAnswerInput!) {\n    deleteAnswer(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAnswer($input: DeleteAnswerInput!) {\n    deleteAnswer(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($answerId: ID!) {\n    acceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnacceptAnswer($answerId: ID!) {\n    unacceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation UnacceptAnswer($answerId: ID!) {\n    unacceptAnswer(answerId: $answerId) {\n      id\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnswerForEdit($threadId: ID!) {\n    thread(id: $threadId) {\n      id\n      title\n      answers(first: 100) {\n        edges {\n          node {\n            id\n            body\n            can {\n              edit {\n                ...AbilityFields\n              }\n            }\n            revisions {\n              ...RevisionFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnswerForEdit($threadId: ID!) {\n    thread(id: $threadId) {\n      id\n      title\n      answers(first: 100) {\n        edges {\n          node {\n            id\n            body\n            can {\n              edit {\n                ...AbilityFields\n              }\n            }\n            revisions {\n              ...RevisionFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadRoutingFields on Thread {\n    assignee {\n      ...PersonNameFields\n    }\n    assignedTeam {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadRoutingFields on Thread {\n    assignee {\n      ...PersonNameFields\n    }\n    assignedTeam {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrivateConversationSummaryFields on PrivateConversation {\n    id\n    createdAt\n    closedAt\n    thread {\n      ...ThreadLinkFields\n    }\n    customer {\n      ...PersonNameFields\n    }\n  }\n"): (typeof documents)["\n  fragment PrivateConversationSummaryFields on PrivateConversation {\n    id\n    createdAt\n    closedAt\n    thread {\n      ...ThreadLinkFields\n    }\n    customer {\n      ...PersonNameFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareQueue($filter: CareQueueFilter, $sort: CareQueueSort, $after: String) {\n    careQueue(filter: $filter, sort: $sort, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          waitingMinutes\n          targetMinutes\n          minutesLeft\n          overdue\n          sentiment\n          thread {\n            id\n            title\n            tags\n            createdAt\n            category {\n              id\n              name\n            }\n            author {\n              ...PersonNameFields\n            }\n            ...ThreadRoutingFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CareQueue($filter: CareQueueFilter, $sort: CareQueueSort, $after: String) {\n    careQueue(filter: $filter, sort: $sort, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          waitingMinutes\n          targetMinutes\n          minutesLeft\n          overdue\n          sentiment\n          thread {\n            id\n            title\n            tags\n            createdAt\n            category {\n              id\n              name\n            }\n            author {\n              ...PersonNameFields\n            }\n            ...ThreadRoutingFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CareQueueChanged {\n    careQueueChanged {\n      threadId\n      change\n    }\n  }\n"): (typeof documents)["\n  subscription CareQueueChanged {\n    careQueueChanged {\n      threadId\n      change\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignThread($input: AssignThreadInput!) {\n    assignThread(input: $input) {\n      id\n      ...ThreadRoutingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignThread($input: AssignThreadInput!) {\n    assignThread(input: $input) {\n      id\n      ...ThreadRoutingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingChoices {\n    assignableStaff {\n      id\n      displayName\n      jobTitle\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RoutingChoices {\n    assignableStaff {\n      id\n      displayName\n      jobTitle\n    }\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePrivateFollowUp($id: ID!) {\n    closePrivateFollowUp(id: $id) {\n      id\n      closedAt\n      viewerCanClose\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePrivateFollowUp($id: ID!) {\n    closePrivateFollowUp(id: $id) {\n      id\n      closedAt\n      viewerCanClose\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedReplies {\n    savedReplies {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query SavedReplies {\n    savedReplies {\n      id\n      title\n      body\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedReply($input: CreateSavedReplyInput!) {\n    createSavedReply(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSavedReply($input: CreateSavedReplyInput!) {\n    createSavedReply(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedReply($input: UpdateSavedReplyInput!) {\n    updateSavedReply(input: $input) {\n      id\n      title\n      body\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSavedReply($input: UpdateSavedReplyInput!) {\n    updateSavedReply(input: $input) {\n      id\n      title\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSavedReply($id: ID!) {\n    deleteSavedReply(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderSavedReply($input: RenderSavedReplyInput!) {\n    renderSavedReply(input: $input)\n  }\n"): (typeof documents)["\n  query RenderSavedReply($input: RenderSavedReplyInput!) {\n    renderSavedReply(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryWaits {\n    categories {\n      id\n      slug\n      expectedWait {\n        minutes\n        sampleSize\n        computedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CategoryWaits {\n    categories {\n      id\n      slug\n      expectedWait {\n        minutes\n        sampleSize\n        computedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadCareFields on Thread {\n    status\n    answerCount\n    locked\n    closed\n    assignee {\n      id\n    }\n    assignedTeam {\n      id\n    }\n    privateFollowUp\n    can {\n      rate {\n        ...AbilityFields\n      }\n    }\n    satisfaction {\n      id\n      rating\n      comment\n    }\n    author {\n      ...PersonNameFields\n    }\n    assignmentHistory {\n      id\n      action\n      createdAt\n      actor {\n        ...PersonNameFields\n      }\n      assignee {\n        ...PersonNameFields\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadCareFields on Thread {\n    status\n    answerCount\n    locked\n    closed\n    assignee {\n      id\n    }\n    assignedTeam {\n      id\n    }\n    privateFollowUp\n    can {\n      rate {\n        ...AbilityFields\n      }\n    }\n    satisfaction {\n      id\n      rating\n      comment\n    }\n    author {\n      ...PersonNameFields\n    }\n    assignmentHistory {\n      id\n      action\n      createdAt\n      actor {\n        ...PersonNameFields\n      }\n      assignee {\n        ...PersonNameFields\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadCare($id: ID!) {\n    thread(id: $id) {\n      id\n      ...ThreadCareFields\n    }\n  }\n"): (typeof documents)["\n  query ThreadCare($id: ID!) {\n    thread(id: $id) {\n      id\n      ...ThreadCareFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateHelp($input: RateHelpInput!) {\n    rateHelp(input: $input) {\n      id\n      rating\n    }\n  }\n"): (typeof documents)["\n  mutation RateHelp($input: RateHelpInput!) {\n    rateHelp(input: $input) {\n      id\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHistory($accountId: ID!) {\n    customerHistory(accountId: $accountId) {\n      threadCount\n      answersReceived\n      threads {\n        id\n        title\n        status\n        createdAt\n      }\n      ratings {\n        id\n        rating\n        comment\n        thread {\n          ...ThreadLinkFields\n        }\n      }\n      openConversations {\n        id\n        createdAt\n        thread {\n          ...ThreadLinkFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerHistory($accountId: ID!) {\n    customerHistory(accountId: $accountId) {\n      threadCount\n      answersReceived\n      threads {\n        id\n        title\n        status\n        createdAt\n      }\n      ratings {\n        id\n        rating\n        comment\n        thread {\n          ...ThreadLinkFields\n        }\n      }\n      openConversations {\n        id\n        createdAt\n        thread {\n          ...ThreadLinkFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPrivateFollowUp($input: OpenPrivateFollowUpInput!) {\n    openPrivateFollowUp(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenPrivateFollowUp($input: OpenPrivateFollowUpInput!) {\n    openPrivateFollowUp(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivateConversation($id: ID!) {\n    privateConversation(id: $id) {\n      ...PrivateConversationSummaryFields\n      viewerCanClose\n      messages {\n        id\n        bodyHtml\n        createdAt\n        author {\n          id\n          displayName\n          official\n          jobTitle\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrivateConversation($id: ID!) {\n    privateConversation(id: $id) {\n      ...PrivateConversationSummaryFields\n      viewerCanClose\n      messages {\n        id\n        bodyHtml\n        createdAt\n        author {\n          id\n          displayName\n          official\n          jobTitle\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyPrivateFollowUp($input: ReplyPrivateFollowUpInput!) {\n    replyPrivateFollowUp(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyPrivateFollowUp($input: ReplyPrivateFollowUpInput!) {\n    replyPrivateFollowUp(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPrivateConversations {\n    myPrivateConversations {\n      ...PrivateConversationSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query MyPrivateConversations {\n    myPrivateConversations {\n      ...PrivateConversationSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Category($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n      forIdeas\n      private\n      tags {\n        tag\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query Category($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n      threadCount\n      unansweredCount\n      forIdeas\n      private\n      tags {\n        tag\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups {\n    groups {\n      id\n      name\n      description\n      visibility\n      memberCount\n      viewerIsMember\n    }\n    me {\n      id\n      can {\n        administer {\n          allowed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups {\n    groups {\n      id\n      name\n      description\n      visibility\n      memberCount\n      viewerIsMember\n    }\n    me {\n      id\n      can {\n        administer {\n          allowed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Group($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      description\n      visibility\n      memberCount\n      viewerIsMember\n      ownerIds\n      members {\n        id\n        handle\n        displayName\n      }\n      can {\n        manageMembers {\n          allowed\n          reason\n        }\n        edit {\n          allowed\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query Group($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      description\n      visibility\n      memberCount\n      viewerIsMember\n      ownerIds\n      members {\n        id\n        handle\n        displayName\n      }\n      can {\n        manageMembers {\n          allowed\n          reason\n        }\n        edit {\n          allowed\n        }\n      }\n    }\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddGroupMember($input: GroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveGroupMember($input: GroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountByHandle($handle: String!) {\n    account(handle: $handle) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AccountByHandle($handle: String!) {\n    account(handle: $handle) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      description\n      visibility\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      description\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroup($input: GroupIdInput!) {\n    deleteGroup(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteGroup($input: GroupIdInput!) {\n    deleteGroup(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaStatusFields on Thread {\n    id\n    kind\n    ideaStatus\n    ideaStatusHistory {\n      id\n      status\n      previousStatus\n      note\n      createdAt\n      author {\n        ...AuthorFields\n      }\n    }\n    can {\n      setIdeaStatus {\n        ...AbilityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaStatusFields on Thread {\n    id\n    kind\n    ideaStatus\n    ideaStatusHistory {\n      id\n      status\n      previousStatus\n      note\n      createdAt\n      author {\n        ...AuthorFields\n      }\n    }\n    can {\n      setIdeaStatus {\n        ...AbilityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roadmap($categoryId: ID, $first: Int!) {\n    categories {\n      id\n      slug\n      name\n      forIdeas\n    }\n    underReview: threads(\n      filter: { kind: IDEA, ideaStatus: UNDER_REVIEW, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    planned: threads(\n      filter: { kind: IDEA, ideaStatus: PLANNED, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    inProgress: threads(\n      filter: { kind: IDEA, ideaStatus: IN_PROGRESS, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    shipped: threads(\n      filter: { kind: IDEA, ideaStatus: SHIPPED, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    declined: threads(\n      filter: { kind: IDEA, ideaStatus: DECLINED, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n  }\n"): (typeof documents)["\n  query Roadmap($categoryId: ID, $first: Int!) {\n    categories {\n      id\n      slug\n      name\n      forIdeas\n    }\n    underReview: threads(\n      filter: { kind: IDEA, ideaStatus: UNDER_REVIEW, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    planned: threads(\n      filter: { kind: IDEA, ideaStatus: PLANNED, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    inProgress: threads(\n      filter: { kind: IDEA, ideaStatus: IN_PROGRESS, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    shipped: threads(\n      filter: { kind: IDEA, ideaStatus: SHIPPED, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n    declined: threads(\n      filter: { kind: IDEA, ideaStatus: DECLINED, categoryId: $categoryId }\n      sort: TOP\n      first: $first\n    ) {\n      ...RoadmapColumn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoadmapColumn on ThreadConnection {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        score\n        answerCount\n        ideaStatus\n        category {\n          ...CategoryLinkFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RoadmapColumn on ThreadConnection {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        score\n        answerCount\n        ideaStatus\n        category {\n          ...CategoryLinkFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {\n    setIdeaStatus(input: $input) {\n      ...IdeaStatusFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {\n    setIdeaStatus(input: $input) {\n      ...IdeaStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToAnswer($input: InviteToAnswerInput!) {\n    inviteToAnswer(input: $input)\n  }\n"): (typeof documents)["\n  mutation InviteToAnswer($input: InviteToAnswerInput!) {\n    inviteToAnswer(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ThreadUpdated($threadId: ID!) {\n    threadUpdated(threadId: $threadId) {\n      threadId\n      kind\n      answerId\n      actorId\n    }\n  }\n"): (typeof documents)["\n  subscription ThreadUpdated($threadId: ID!) {\n    threadUpdated(threadId: $threadId) {\n      threadId\n      kind\n      answerId\n      actorId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadModerationFields on Thread {\n    id\n    can {\n      flag {\n        ...AbilityFields\n      }\n      moderate {\n        ...AbilityFields\n      }\n    }\n    kind\n    title\n    tags\n    hidden\n    locked\n    closed\n    featured\n    pinnedUntil\n    category {\n      id\n    }\n    duplicateOf {\n      ...ThreadLinkFields\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadModerationFields on Thread {\n    id\n    can {\n      flag {\n        ...AbilityFields\n      }\n      moderate {\n        ...AbilityFields\n      }\n    }\n    kind\n    title\n    tags\n    hidden\n    locked\n    closed\n    featured\n    pinnedUntil\n    category {\n      id\n    }\n    duplicateOf {\n      ...ThreadLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadModeration($id: ID!) {\n    thread(id: $id) {\n      ...ThreadModerationFields\n    }\n  }\n"): (typeof documents)["\n  query ThreadModeration($id: ID!) {\n    thread(id: $id) {\n      ...ThreadModerationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationActionFields on ModerationAction {\n    id\n    action\n    targetType\n    targetId\n    reason\n    before\n    after\n    createdAt\n    actor {\n      ...PersonHandleFields\n    }\n    thread {\n      ...ThreadLinkFields\n    }\n    account {\n      ...PersonHandleFields\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationActionFields on ModerationAction {\n    id\n    action\n    targetType\n    targetId\n    reason\n    before\n    after\n    createdAt\n    actor {\n      ...PersonHandleFields\n    }\n    thread {\n      ...ThreadLinkFields\n    }\n    account {\n      ...PersonHandleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePost($input: PostActionInput!) {\n    hidePost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HidePost($input: PostActionInput!) {\n    hidePost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestorePost($input: PostActionInput!) {\n    restorePost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestorePost($input: PostActionInput!) {\n    restorePost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockThread($input: ThreadActionInput!) {\n    lockThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LockThread($input: ThreadActionInput!) {\n    lockThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockThread($input: ThreadActionInput!) {\n    unlockThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockThread($input: ThreadActionInput!) {\n    unlockThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {\n    closeAsDuplicate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {\n    closeAsDuplicate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditTags($input: EditTagsInput!) {\n    editTags(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EditTags($input: EditTagsInput!) {\n    editTags(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinThread($input: PinThreadInput!) {\n    pinThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PinThread($input: PinThreadInput!) {\n    pinThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinThread($input: ThreadActionInput!) {\n    unpinThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnpinThread($input: ThreadActionInput!) {\n    unpinThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeatureThread($input: ThreadActionInput!) {\n    featureThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FeatureThread($input: ThreadActionInput!) {\n    featureThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfeatureThread($input: ThreadActionInput!) {\n    unfeatureThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnfeatureThread($input: ThreadActionInput!) {\n    unfeatureThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Flag($input: FlagInput!) {\n    flag(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Flag($input: FlagInput!) {\n    flag(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveFlags($input: ResolveFlagsInput!) {\n    resolveFlags(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveFlags($input: ResolveFlagsInput!) {\n    resolveFlags(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlagQueue($after: String) {\n    flagQueue(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          targetId\n          targetType\n          count\n          oldestAt\n          excerpt\n          hidden\n          thread {\n            ...ThreadLinkFields\n          }\n          flags {\n            id\n            reason\n            note\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FlagQueue($after: String) {\n    flagQueue(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          targetId\n          targetType\n          count\n          oldestAt\n          excerpt\n          hidden\n          thread {\n            ...ThreadLinkFields\n          }\n          flags {\n            id\n            reason\n            note\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog($filter: ModerationLogFilter, $after: String) {\n    moderationLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          ...ModerationActionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationLog($filter: ModerationLogFilter, $after: String) {\n    moderationLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        node {\n          ...ModerationActionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suspension {\n    me {\n      id\n      suspendedUntil\n      suspensionReason\n    }\n  }\n"): (typeof documents)["\n  query Suspension {\n    me {\n      id\n      suspendedUntil\n      suspensionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendAccount($input: SuspendAccountInput!) {\n    suspendAccount(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendAccount($input: SuspendAccountInput!) {\n    suspendAccount(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeaturedThreads {\n    featuredThreads {\n      ...ThreadSummaryFields\n    }\n    pinnedThreads {\n      ...ThreadSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query FeaturedThreads {\n    featuredThreads {\n      ...ThreadSummaryFields\n    }\n    pinnedThreads {\n      ...ThreadSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSuspension($handle: String!) {\n    account(handle: $handle) {\n      id\n      suspendedUntil\n      suspensionReason\n      canSuspend {\n        ...AbilityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountSuspension($handle: String!) {\n    account(handle: $handle) {\n      id\n      suspendedUntil\n      suspensionReason\n      canSuspend {\n        ...AbilityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsuspendAccount($input: AccountActionInput!) {\n    unsuspendAccount(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnsuspendAccount($input: AccountActionInput!) {\n    unsuspendAccount(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    count\n    summary\n    excerpt\n    reason\n    createdAt\n    readAt\n    actor {\n      ...PersonNameFields\n    }\n    thread {\n      ...ThreadLinkFields\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    count\n    summary\n    excerpt\n    reason\n    createdAt\n    readAt\n    actor {\n      ...PersonNameFields\n    }\n    thread {\n      ...ThreadLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailPreferences {\n    emailPreferences {\n      notifications\n      digest\n    }\n  }\n"): (typeof documents)["\n  query EmailPreferences {\n    emailPreferences {\n      notifications\n      digest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmailPreferences($input: UpdateEmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      notifications\n      digest\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmailPreferences($input: UpdateEmailPreferencesInput!) {\n    updateEmailPreferences(input: $input) {\n      notifications\n      digest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailLog($after: String, $status: MailStatus) {\n    mailLog(first: 50, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          purpose\n          toAddress\n          subject\n          textBody\n          status\n          skipReason\n          attempts\n          lastError\n          createdAt\n          sentAt\n          availableAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailLog($after: String, $status: MailStatus) {\n    mailLog(first: 50, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          purpose\n          toAddress\n          subject\n          textBody\n          status\n          skipReason\n          attempts\n          lastError\n          createdAt\n          sentAt\n          availableAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Watch($input: WatchInput!) {\n    watch(input: $input) {\n      targetType\n      targetId\n      level\n      explicit\n    }\n  }\n"): (typeof documents)["\n  mutation Watch($input: WatchInput!) {\n    watch(input: $input) {\n      targetType\n      targetId\n      level\n      explicit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWatches($targetType: WatchTarget) {\n    myWatches(targetType: $targetType) {\n      targetType\n      targetId\n      level\n      explicit\n      label\n    }\n  }\n"): (typeof documents)["\n  query MyWatches($targetType: WatchTarget) {\n    myWatches(targetType: $targetType) {\n      targetType\n      targetId\n      level\n      explicit\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile($handle: String!) {\n    account(handle: $handle) {\n      id\n      handle\n      displayName\n      role\n      official\n      jobTitle\n      reputation\n      createdAt\n      privileges {\n        privilege\n        required\n        granted\n      }\n      threads(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            status\n            title\n            score\n            answerCount\n            createdAt\n          }\n        }\n      }\n      answers(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            score\n            accepted\n            official\n            createdAt\n            thread {\n              ...ThreadLinkFields\n            }\n          }\n        }\n      }\n      reputationHistory(first: 20) {\n        edges {\n          node {\n            id\n            reason\n            delta\n            createdAt\n            thread {\n              ...ThreadLinkFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile($handle: String!) {\n    account(handle: $handle) {\n      id\n      handle\n      displayName\n      role\n      official\n      jobTitle\n      reputation\n      createdAt\n      privileges {\n        privilege\n        required\n        granted\n      }\n      threads(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            status\n            title\n            score\n            answerCount\n            createdAt\n          }\n        }\n      }\n      answers(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            score\n            accepted\n            official\n            createdAt\n            thread {\n              ...ThreadLinkFields\n            }\n          }\n        }\n      }\n      reputationHistory(first: 20) {\n        edges {\n          node {\n            id\n            reason\n            delta\n            createdAt\n            thread {\n              ...ThreadLinkFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $query, filter: $filter, first: $first, after: $after) {\n      estimatedTotal\n      queryId\n      didYouMean\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          titleHtml\n          snippetHtml\n          thread {\n            id\n            kind\n            status\n            tags\n            score\n            answerCount\n            createdAt\n            category {\n              ...CategoryLinkFields\n            }\n          }\n        }\n      }\n      facets {\n        category {\n          value\n          label\n          count\n        }\n        tag {\n          value\n          label\n          count\n        }\n        kind {\n          value\n          label\n          count\n        }\n        status {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {\n    search(query: $query, filter: $filter, first: $first, after: $after) {\n      estimatedTotal\n      queryId\n      didYouMean\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          titleHtml\n          snippetHtml\n          thread {\n            id\n            kind\n            status\n            tags\n            score\n            answerCount\n            createdAt\n            category {\n              ...CategoryLinkFields\n            }\n          }\n        }\n      }\n      facets {\n        category {\n          value\n          label\n          count\n        }\n        tag {\n          value\n          label\n          count\n        }\n        kind {\n          value\n          label\n          count\n        }\n        status {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarThreads($input: SimilarThreadsInput!) {\n    similarThreads(input: $input) {\n      id\n      title\n      kind\n      status\n      answerCount\n      excerpt\n    }\n  }\n"): (typeof documents)["\n  query SimilarThreads($input: SimilarThreadsInput!) {\n    similarThreads(input: $input) {\n      id\n      title\n      kind\n      status\n      answerCount\n      excerpt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSearchClick($input: RecordSearchClickInput!) {\n    recordSearchClick(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordSearchClick($input: RecordSearchClickInput!) {\n    recordSearchClick(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDeflection($input: RecordDeflectionInput!) {\n    recordDeflection(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordDeflection($input: RecordDeflectionInput!) {\n    recordDeflection(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAnalytics($input: SearchAnalyticsInput!) {\n    searchAnalytics(input: $input) {\n      searches\n      zeroResultSearches\n      clicks\n      deflections\n      topQueries {\n        query\n        searches\n        averageResults\n        clicks\n      }\n      zeroResultQueries {\n        query\n        searches\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchAnalytics($input: SearchAnalyticsInput!) {\n    searchAnalytics(input: $input) {\n      searches\n      zeroResultSearches\n      clicks\n      deflections\n      topQueries {\n        query\n        searches\n        averageResults\n        clicks\n      }\n      zeroResultQueries {\n        query\n        searches\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token {\n        id\n        name\n      }\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token {\n        id\n        name\n      }\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport($input: RequestDataExportInput) {\n    requestDataExport(input: $input) {\n      id\n      downloadUrl\n      expiresAt\n      sizeBytes\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataExport($input: RequestDataExportInput) {\n    requestDataExport(input: $input) {\n      id\n      downloadUrl\n      expiresAt\n      sizeBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMyAccount($input: EraseMyAccountInput!) {\n    eraseMyAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation EraseMyAccount($input: EraseMyAccountInput!) {\n    eraseMyAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInMethods {\n    signInMethods {\n      hasPassword\n      identities {\n        id\n        provider\n        createdAt\n        lastSignInAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInMethods {\n    signInMethods {\n      hasPassword\n      identities {\n        id\n        provider\n        createdAt\n        lastSignInAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkIdentity($input: UnlinkIdentityInput!) {\n    unlinkIdentity(input: $input) {\n      hasPassword\n      identities {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkIdentity($input: UnlinkIdentityInput!) {\n    unlinkIdentity(input: $input) {\n      hasPassword\n      identities {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadSummaryFields on Thread {\n    id\n    kind\n    status\n    ideaStatus\n    closed\n    title\n    excerpt\n    tags\n    score\n    answerCount\n    viewCount\n    createdAt\n    lastActivityAt\n    category {\n      ...CategoryLinkFields\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadSummaryFields on Thread {\n    id\n    kind\n    status\n    ideaStatus\n    closed\n    title\n    excerpt\n    tags\n    score\n    answerCount\n    viewCount\n    createdAt\n    lastActivityAt\n    category {\n      ...CategoryLinkFields\n    }\n    author {\n      ...AuthorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {\n    threads(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeThreads {\n    unansweredCount\n    popular: threads(sort: POPULAR, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n    newest: threads(sort: NEWEST, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeThreads {\n    unansweredCount\n    popular: threads(sort: POPULAR, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n    newest: threads(sort: NEWEST, first: 10) {\n      edges {\n        cursor\n        node {\n          ...ThreadSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    hidden\n    bodyHtml\n    createdAt\n    author {\n      ...AuthorFields\n    }\n    can {\n      flag {\n        ...AbilityFields\n      }\n      moderate {\n        ...AbilityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    hidden\n    bodyHtml\n    createdAt\n    author {\n      ...AuthorFields\n    }\n    can {\n      flag {\n        ...AbilityFields\n      }\n      moderate {\n        ...AbilityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerFields on Answer {\n    id\n    bodyHtml\n    score\n    official\n    hidden\n    accepted\n    createdAt\n    editedAt\n    viewerVote\n    can {\n      edit {\n        ...AbilityFields\n      }\n      delete {\n        ...AbilityFields\n      }\n      accept {\n        ...AbilityFields\n      }\n      vote {\n        ...AbilityFields\n      }\n      comment {\n        ...AbilityFields\n      }\n      flag {\n        ...AbilityFields\n      }\n      moderate {\n        ...AbilityFields\n      }\n    }\n    author {\n      ...AuthorFields\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment AnswerFields on Answer {\n    id\n    bodyHtml\n    score\n    official\n    hidden\n    accepted\n    createdAt\n    editedAt\n    viewerVote\n    can {\n      edit {\n        ...AbilityFields\n      }\n      delete {\n        ...AbilityFields\n      }\n      accept {\n        ...AbilityFields\n      }\n      vote {\n        ...AbilityFields\n      }\n      comment {\n        ...AbilityFields\n      }\n      flag {\n        ...AbilityFields\n      }\n      moderate {\n        ...AbilityFields\n      }\n    }\n    author {\n      ...AuthorFields\n    }\n    comments {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thread($id: ID!, $signedIn: Boolean!, $countView: Boolean!) {\n    thread(id: $id, countView: $countView) {\n      id\n      kind\n      status\n      title\n      bodyHtml\n      tags\n      score\n      answerCount\n      commentCount\n      viewCount\n      createdAt\n      editedAt\n      lastActivityAt\n      locked\n      deleted\n      closed\n      duplicateOf {\n        ...ThreadLinkFields\n      }\n      viewerVote\n      can {\n        edit {\n          ...AbilityFields\n        }\n        delete {\n          ...AbilityFields\n        }\n        answer {\n          ...AbilityFields\n        }\n        vote {\n          ...AbilityFields\n        }\n        comment {\n          ...AbilityFields\n        }\n      }\n      category {\n        ...CategoryLinkFields\n      }\n      author {\n        ...AuthorFields\n      }\n      comments {\n        ...CommentFields\n      }\n      ...ThreadModerationFields\n      ...ThreadCareFields @include(if: $signedIn)\n      ...IdeaStatusFields\n      answers(first: 30) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Thread($id: ID!, $signedIn: Boolean!, $countView: Boolean!) {\n    thread(id: $id, countView: $countView) {\n      id\n      kind\n      status\n      title\n      bodyHtml\n      tags\n      score\n      answerCount\n      commentCount\n      viewCount\n      createdAt\n      editedAt\n      lastActivityAt\n      locked\n      deleted\n      closed\n      duplicateOf {\n        ...ThreadLinkFields\n      }\n      viewerVote\n      can {\n        edit {\n          ...AbilityFields\n        }\n        delete {\n          ...AbilityFields\n        }\n        answer {\n          ...AbilityFields\n        }\n        vote {\n          ...AbilityFields\n        }\n        comment {\n          ...AbilityFields\n        }\n      }\n      category {\n        ...CategoryLinkFields\n      }\n      author {\n        ...AuthorFields\n      }\n      comments {\n        ...CommentFields\n      }\n      ...ThreadModerationFields\n      ...ThreadCareFields @include(if: $signedIn)\n      ...IdeaStatusFields\n      answers(first: 30) {\n        totalCount\n        pageInfo {\n          ...PageInfoFields\n        }\n        edges {\n          cursor\n          node {\n            ...AnswerFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordView($input: RecordViewInput!) {\n    recordView(input: $input) {\n      id\n      viewCount\n    }\n  }\n"): (typeof documents)["\n  mutation RecordView($input: RecordViewInput!) {\n    recordView(input: $input) {\n      id\n      viewCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionFields on Revision {\n    id\n    createdAt\n    title\n    body\n    tags\n    editor {\n      ...PersonHandleFields\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionFields on Revision {\n    id\n    createdAt\n    title\n    body\n    tags\n    editor {\n      ...PersonHandleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadForEdit($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      body\n      tags\n      can {\n        edit {\n          ...AbilityFields\n        }\n      }\n      category {\n        ...CategoryLinkFields\n      }\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadForEdit($id: ID!) {\n    thread(id: $id) {\n      id\n      title\n      body\n      tags\n      can {\n        edit {\n          ...AbilityFields\n        }\n      }\n      category {\n        ...CategoryLinkFields\n      }\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AskCategories {\n    categories {\n      id\n      slug\n      name\n      description\n      forIdeas\n    }\n  }\n"): (typeof documents)["\n  query AskCategories {\n    categories {\n      id\n      slug\n      name\n      description\n      forIdeas\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditThread($input: EditThreadInput!) {\n    editThread(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      tags\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditThread($input: EditThreadInput!) {\n    editThread(input: $input) {\n      id\n      title\n      body\n      bodyHtml\n      tags\n      editedAt\n      revisions {\n        ...RevisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteThread($input: DeleteThreadInput!) {\n    deleteThread(input: $input) {\n      id\n      deleted\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteThread($input: DeleteThreadInput!) {\n    deleteThread(input: $input) {\n      id\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      targetId\n      score\n      viewerVote\n    }\n  }\n"): (typeof documents)["\n  mutation Vote($input: VoteInput!) {\n    vote(input: $input) {\n      targetId\n      score\n      viewerVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      description\n      createdAt\n      secretRotatedAt\n      deliveries(first: 25) {\n        edges {\n          node {\n            id\n            eventId\n            event\n            status\n            attempts\n            responseStatus\n            lastError\n            lastAttemptAt\n            nextAttemptAt\n            deliveredAt\n            createdAt\n            attemptLog {\n              attemptedAt\n              responseStatus\n              error\n              durationMs\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      description\n      createdAt\n      secretRotatedAt\n      deliveries(first: 25) {\n        edges {\n          node {\n            id\n            eventId\n            event\n            status\n            attempts\n            responseStatus\n            lastError\n            lastAttemptAt\n            nextAttemptAt\n            deliveredAt\n            createdAt\n            attemptLog {\n              attemptedAt\n              responseStatus\n              error\n              durationMs\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      webhook {\n        id\n        url\n      }\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      webhook {\n        id\n        url\n      }\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($input: WebhookIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      webhook {\n        id\n        url\n      }\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($input: WebhookIdInput!) {\n    rotateWebhookSecret(input: $input) {\n      webhook {\n        id\n        url\n      }\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($input: WebhookIdInput!) {\n    deleteWebhook(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($input: WebhookIdInput!) {\n    deleteWebhook(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocale($locale: String) {\n    setLocale(locale: $locale)\n  }\n"): (typeof documents)["\n  mutation SetLocale($locale: String) {\n    setLocale(locale: $locale)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandleSuggestions($prefix: String!, $threadId: ID, $first: Int) {\n    handleSuggestions(prefix: $prefix, threadId: $threadId, first: $first) {\n      id\n      handle\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query HandleSuggestions($prefix: String!, $threadId: ID, $first: Int) {\n    handleSuggestions(prefix: $prefix, threadId: $threadId, first: $first) {\n      id\n      handle\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"): (typeof documents)["\n  query PreviewMarkdown($body: String!) {\n    previewMarkdown(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WidgetSearch($query: String!) { search(query: $query, first: 6) { edges { node {\n        titleHtml thread { id title answerCount status } } } } }"): (typeof documents)["query WidgetSearch($query: String!) { search(query: $query, first: 6) { edges { node {\n        titleHtml thread { id title answerCount status } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WidgetWait { categories { slug expectedWait { minutes } } }"): (typeof documents)["query WidgetWait { categories { slug expectedWait { minutes } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;