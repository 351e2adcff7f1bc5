namespace BBConduct.Rules.Posts;

/// <summary>Who a person is in relation to the School; drives the safeguarding rules.</summary>
public enum Role
{
    /// <summary>Anyone else, and the default when a post does not say.</summary>
    Other = 0,

    /// <summary>A member of the School's staff.</summary>
    Staff,

    /// <summary>A pupil or sixth-form student.</summary>
    Student,

    /// <summary>A parent or carer.</summary>
    Parent,

    /// <summary>A partner organisation or its representative.</summary>
    Partner,
}
